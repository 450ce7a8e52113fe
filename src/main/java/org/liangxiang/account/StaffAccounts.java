package org.liangxiang.account;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.crypto.PersonalData;
import org.liangxiang.shared.event.EventEnvelope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts: a user name, a sealed full name, the natural person's sealed resident id, a password, one role and a
 * jurisdiction region. 三员分立: the database refuses a second administrator account (system, security or audit) for
 * the same person (the unique index {@code staff_account_one_administrator_per_person} on the resident id's blind
 * index).
 */
@Service
public class StaffAccounts {

    static final String TABLE = "staff_account";

    private final JdbcClient jdbc;
    private final PersonalData personalData;
    private final PasswordEncoder passwords;
    private final PasswordRules passwordRules;
    private final StaffAccountChecks checks;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    StaffAccounts(
            JdbcClient jdbc,
            PersonalData personalData,
            PasswordEncoder passwords,
            PasswordRules passwordRules,
            StaffAccountChecks checks,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.personalData = personalData;
        this.passwords = passwords;
        this.passwordRules = passwordRules;
        this.checks = checks;
        this.audit = audit;
        this.events = events;
    }

    /**
     * Creates a staff account without a person identity: for the roles other than the three administrators, which
     * need {@link #create(NewStaffAccount, String)} with the person's resident id.
     */
    @Transactional
    public UUID create(
            String username,
            String fullName,
            String rawPassword,
            StaffRole role,
            String jurisdiction,
            String createdBy) {
        return create(new NewStaffAccount(username, fullName, null, rawPassword, role, jurisdiction), createdBy);
    }

    /**
     * Creates a staff account; {@code createdBy} is the administrator's account id, or "system" for set-up. Every bad
     * field is refused at once ({@link InvalidInputException}, or {@link InvalidValueException} for one).
     */
    @Transactional
    public UUID create(NewStaffAccount account, String createdBy) {
        String username = normalise(account.username());
        List<InvalidValueException> errors = new ArrayList<>();
        checks.username(username, errors);
        checks.fullName(account.fullName(), errors);
        String jurisdiction = checks.jurisdiction(account.jurisdiction(), errors);
        ResidentId person = checks.person(account.personId(), account.role(), errors);
        if (account.role() == null) {
            errors.add(new InvalidValueException("role", "ROLE_REQUIRED", "请选择角色", "Please choose a role"));
        }
        try {
            passwordRules.check(account.password(), username);
        } catch (InvalidValueException e) {
            errors.add(e);
        }
        InvalidInputException.throwIfAny(errors);
        UUID id = UUID.randomUUID();
        try {
            insert(id, username, account, person, jurisdiction);
        } catch (DuplicateKeyException e) {
            throw checks.duplicate(e);
        }
        audit.record(AuditEntry.of("STAFF_ACCOUNT_CREATED", createdBy)
                .withObject("STAFF_ACCOUNT", id.toString())
                .withChange(null, account.role().name() + "@" + jurisdiction));
        events.publishEvent(new StaffAccountChanged(
                EventEnvelope.of(createdBy, "STAFF"),
                id,
                StaffAccountChanged.Change.CREATED,
                account.role(),
                jurisdiction));
        return id;
    }

    private void insert(UUID id, String username, NewStaffAccount account, ResidentId person, String jurisdiction) {
        String personId = person == null ? null : person.value();
        jdbc.sql("""
                INSERT INTO staff_account (id, username, full_name_sealed, person_id_sealed, person_id_index,
                                           password_hash, role, jurisdiction)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        username,
                        personalData.seal(account.fullName().strip(), TABLE, "full_name", id),
                        personalData.seal(personId, TABLE, "person_id", id),
                        personalData.index(PersonalData.RESIDENT_ID, personId),
                        passwords.encode(account.password()),
                        account.role().name(),
                        jurisdiction)
                .update();
    }

    public Optional<UUID> findByUsername(String username) {
        return jdbc.sql("SELECT id FROM staff_account WHERE username = ?")
                .param(normalise(username))
                .query(UUID.class)
                .optional();
    }

    /** The staff member's full name, for display to colleagues (masked where shown to the public). */
    public String fullNameOf(UUID accountId) {
        byte[] sealed = jdbc.sql("SELECT full_name_sealed FROM staff_account WHERE id = ?")
                .param(accountId)
                .query(byte[].class)
                .single();
        return personalData.open(sealed, TABLE, "full_name", accountId);
    }

    /** The account's user name. */
    public String usernameOf(UUID accountId) {
        return jdbc.sql("SELECT username FROM staff_account WHERE id = ?")
                .param(accountId)
                .query(String.class)
                .single();
    }

    Optional<SignedInStaff> signInDetails(String username) {
        return details("username = ?", normalise(username));
    }

    /** The account as it is now, for the second sign-in step (role or status may have changed since the first). */
    Optional<SignedInStaff> byId(UUID accountId) {
        return details("id = ?", accountId);
    }

    private Optional<SignedInStaff> details(String condition, Object value) {
        return jdbc.sql("SELECT id, role, jurisdiction, password_hash, status FROM staff_account WHERE " + condition)
                .param(value)
                .query((rs, n) -> new SignedInStaff(
                        rs.getObject("id", UUID.class),
                        StaffRole.valueOf(rs.getString("role")),
                        rs.getString("jurisdiction"),
                        rs.getString("password_hash"),
                        "ACTIVE".equals(rs.getString("status"))))
                .optional();
    }

    static String normalise(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
