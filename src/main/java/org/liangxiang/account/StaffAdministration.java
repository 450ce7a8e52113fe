package org.liangxiang.account;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.event.EventEnvelope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The system administrator's work on staff accounts, within the administrator's own jurisdiction subtree (in the
 * query): list and search, create, change role and jurisdiction, disable and enable, lift a lockout, reset the second
 * factor. Every change is audited with the reason given; a change that takes rights away ends the account's sessions.
 * An administrator never changes their own account here.
 */
@Service
class StaffAdministration {

    static final int PAGE_SIZE = 20;
    private static final String ROW = """
            SELECT a.id, a.username, a.role, a.jurisdiction, a.status, a.locked_until, a.created_at,
                   a.person_id_index IS NOT NULL AS person_recorded,
                   EXISTS (SELECT 1 FROM staff_second_factor f WHERE f.account_id = a.id AND f.status = 'ACTIVE')
                       AS second_factor
              FROM staff_account a
            """;

    private final JdbcClient jdbc;
    private final StaffAccounts staff;
    private final SignInLockout lockout;
    private final StaffAccountChecks checks;
    private final SecondFactors factors;
    private final Regions regions;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    StaffAdministration(
            JdbcClient jdbc,
            StaffAccounts staff,
            SignInLockout lockout,
            StaffAccountChecks checks,
            SecondFactors factors,
            Regions regions,
            AuditTrail audit,
            ApplicationEventPublisher events,
            FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.lockout = lockout;
        this.checks = checks;
        this.factors = factors;
        this.regions = regions;
        this.audit = audit;
        this.events = events;
        this.sessions = sessions;
    }

    /** Accounts in the administrator's subtree whose user name contains {@code query} (all when blank), by user name. */
    StaffAccountPage list(SignedInStaff admin, String query, StaffRole role, int page) {
        String where = " WHERE " + Regions.withinSubtree("a.jurisdiction", "scope")
                + " AND (:query = '' OR a.username LIKE '%' || :query || '%')"
                + " AND (:role = '' OR a.role = :role)";
        String q = query == null
                ? ""
                : StaffAccounts.normalise(query).replace("%", "").replace("_", "\\_");
        String r = role == null ? "" : role.name();
        long total = jdbc.sql("SELECT count(*) FROM staff_account a" + where)
                .param("scope", admin.jurisdiction())
                .param("query", q)
                .param("role", r)
                .query(Long.class)
                .single();
        int safePage = Math.max(0, page);
        List<StaffAccountRow> rows = jdbc.sql(ROW + where + " ORDER BY a.username LIMIT :size OFFSET :offset")
                .param("scope", admin.jurisdiction())
                .param("query", q)
                .param("role", r)
                .param("size", PAGE_SIZE)
                .param("offset", safePage * PAGE_SIZE)
                .query((rs, n) -> row(rs))
                .list();
        return new StaffAccountPage(rows, safePage, PAGE_SIZE, total);
    }

    /** One account, if it is in the administrator's subtree. */
    Optional<StaffAccountRow> find(SignedInStaff admin, UUID id) {
        return jdbc.sql(ROW + " WHERE a.id = :id AND " + Regions.withinSubtree("a.jurisdiction", "scope"))
                .param("id", id)
                .param("scope", admin.jurisdiction())
                .query((rs, n) -> row(rs))
                .optional();
    }

    @Transactional
    UUID create(NewStaffAccount account, SignedInStaff admin) {
        String code = checks.jurisdiction(account.jurisdiction(), new ArrayList<>());
        if (code != null && !regions.contains(admin.jurisdiction(), code)) {
            throw outsideScope();
        }
        return staff.create(account, admin.accountId().toString());
    }

    @Transactional
    void changeRole(UUID id, StaffRole role, String jurisdiction, String reason, SignedInStaff admin) {
        StaffAccountRow before = editable(admin, id);
        List<InvalidValueException> errors = new ArrayList<>();
        if (role == null) {
            errors.add(new InvalidValueException("role", "ROLE_REQUIRED", "请选择角色", "Please choose a role"));
        }
        String code = checks.jurisdiction(jurisdiction, errors);
        requireReason(reason, errors);
        InvalidInputException.throwIfAny(errors);
        if (!regions.contains(admin.jurisdiction(), code)) {
            throw outsideScope();
        }
        try {
            jdbc.sql("UPDATE staff_account SET role = ?, jurisdiction = ?, updated_at = now() WHERE id = ?")
                    .params(role.name(), code, id)
                    .update();
        } catch (DuplicateKeyException e) {
            throw checks.duplicate(e);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidValueException(
                    "role",
                    "PERSON_ID_REQUIRED",
                    "这个账户没有登记本人身份证号码，不能设为三员账户",
                    "This account has no resident id recorded, so it cannot become an administrator account");
        }
        record(
                admin,
                "STAFF_ACCOUNT_ROLE_CHANGED",
                id,
                before.role() + "@" + before.jurisdiction(),
                role + "@" + code,
                reason);
        publish(admin, id, StaffAccountChanged.Change.ROLE_OR_JURISDICTION_CHANGED, role, code);
        endSessions(id);
    }

    @Transactional
    void setEnabled(UUID id, boolean enabled, String reason, SignedInStaff admin) {
        StaffAccountRow before = editable(admin, id);
        List<InvalidValueException> errors = new ArrayList<>();
        requireReason(reason, errors);
        InvalidInputException.throwIfAny(errors);
        String status = enabled ? "ACTIVE" : "DISABLED";
        jdbc.sql("UPDATE staff_account SET status = ?, updated_at = now() WHERE id = ?")
                .params(status, id)
                .update();
        record(
                admin,
                enabled ? "STAFF_ACCOUNT_ENABLED" : "STAFF_ACCOUNT_DISABLED",
                id,
                before.status(),
                status,
                reason);
        publish(
                admin,
                id,
                enabled ? StaffAccountChanged.Change.ENABLED : StaffAccountChanged.Change.DISABLED,
                before.role(),
                before.jurisdiction());
        if (!enabled) {
            endSessions(id);
        }
    }

    boolean unlock(UUID id, SignedInStaff admin) {
        editable(admin, id);
        return lockout.unlock(id, admin);
    }

    @Transactional
    boolean resetSecondFactor(UUID id, SignedInStaff admin) {
        editable(admin, id);
        boolean reset = factors.reset(id, admin);
        endSessions(id);
        return reset;
    }

    /** The account, when the administrator may change it: in their subtree and not their own. */
    private StaffAccountRow editable(SignedInStaff admin, UUID id) {
        if (admin.accountId().equals(id)) {
            throw new InvalidValueException(
                    "account",
                    "OWN_ACCOUNT",
                    "不能修改自己的账户，请由另一位系统管理员办理",
                    "You cannot change your own account; ask another system administrator");
        }
        return find(admin, id).orElseThrow(StaffAdministration::outsideScope);
    }

    private void endSessions(UUID id) {
        sessions.findByPrincipalName(id.toString()).keySet().forEach(sessions::deleteById);
    }

    private void record(SignedInStaff admin, String type, UUID id, String before, String after, String reason) {
        audit.record(AuditEntry.of(type, admin.accountId().toString())
                .withActor(admin.role().name(), admin.jurisdiction())
                .withObject("STAFF_ACCOUNT", id.toString())
                .withChange(before, after)
                .withReason(reason.strip()));
    }

    private void publish(
            SignedInStaff admin, UUID id, StaffAccountChanged.Change change, StaffRole role, String jurisdiction) {
        events.publishEvent(new StaffAccountChanged(
                EventEnvelope.of(admin.accountId().toString(), "STAFF"), id, change, role, jurisdiction));
    }

    private static void requireReason(String reason, List<InvalidValueException> errors) {
        if (reason == null || reason.isBlank()) {
            errors.add(new InvalidValueException(
                    "reason",
                    "REASON_REQUIRED",
                    "请说明原因（将记入审计日志）",
                    "Please give the reason (it goes into the audit trail)"));
        }
    }

    static InvalidValueException outsideScope() {
        return new InvalidValueException(
                "jurisdiction",
                "OUTSIDE_JURISDICTION",
                "只能管理本人管辖区域内的账户",
                "You can manage only accounts within your own jurisdiction");
    }

    private static StaffAccountRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new StaffAccountRow(
                rs.getObject("id", UUID.class),
                rs.getString("username"),
                StaffRole.valueOf(rs.getString("role")),
                rs.getString("jurisdiction"),
                rs.getString("status"),
                locked == null ? null : locked.toInstant(),
                rs.getBoolean("second_factor"),
                rs.getBoolean("person_recorded"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
