package org.liangxiang.eligibility;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.liangxiang.account.SignedInStaff;
import org.liangxiang.account.StaffColleague;
import org.liangxiang.account.StaffDirectory;
import org.liangxiang.account.StaffRole;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.event.EventEnvelope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who in the township's office works an outreach task: the lists by assignee (paged, within the jurisdiction in the
 * query) and handing an open task to another member of the same office (the staff member's own office: active staff
 * assistants and township clerks with the same jurisdiction), with a reason, audited and announced with {@link
 * OutreachReassigned}.
 */
@Service
public class OutreachAssignment {

    public static final int PAGE_SIZE = 20;

    /** The roles that work outreach tasks. */
    public static final Set<StaffRole> ROLES = EnumSet.of(StaffRole.STAFF_ASSISTANT, StaffRole.TOWNSHIP_CLERK);

    /** Which tasks a list shows: all of the jurisdiction, the signed-in member's, or those nobody has yet. */
    public enum Scope {
        ALL,
        MINE,
        UNASSIGNED
    }

    private final JdbcClient jdbc;
    private final StaffDirectory directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    OutreachAssignment(JdbcClient jdbc, StaffDirectory directory, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
    }

    /** The page (from 0) of tasks with the status in the staff member's subtree, oldest first. */
    public OutreachPage search(SignedInStaff staff, OutreachStatus status, Scope scope, int page) {
        int from = Math.max(0, page);
        String where = " WHERE t.status = :status AND "
                + Regions.withinSubtree("t.township_code", "jurisdiction")
                + switch (scope == null ? Scope.ALL : scope) {
                    case ALL -> "";
                    case MINE -> " AND t.assigned_to = :me";
                    case UNASSIGNED -> " AND t.assigned_to IS NULL";
                };
        long total = jdbc.sql("SELECT count(*) FROM elig_outreach_task t" + where)
                .param("status", status.name())
                .param("jurisdiction", staff.jurisdiction())
                .param("me", staff.accountId())
                .query(Long.class)
                .single();
        List<AssignedTask> items = jdbc.sql("SELECT * FROM elig_outreach_task t" + where
                        + " ORDER BY t.created_at, t.id LIMIT :limit OFFSET :offset")
                .param("status", status.name())
                .param("jurisdiction", staff.jurisdiction())
                .param("me", staff.accountId())
                .param("limit", PAGE_SIZE)
                .param("offset", from * PAGE_SIZE)
                .query((rs, n) ->
                        new AssignedTask(Outreach.task(rs, List.of()), rs.getObject("assigned_to", UUID.class)))
                .list();
        return new OutreachPage(items, total, from, PAGE_SIZE);
    }

    /** The member the task is assigned to (null: nobody yet); 404 outside the jurisdiction. */
    public UUID assignee(UUID taskId, String jurisdiction) {
        return jdbc.sql("SELECT t.assigned_to FROM elig_outreach_task t WHERE t.id = :id AND "
                        + Regions.withinSubtree("t.township_code", "jurisdiction"))
                .param("id", taskId)
                .param("jurisdiction", jurisdiction)
                .query((rs, n) -> java.util.Optional.ofNullable(rs.getObject(1, UUID.class)))
                .optional()
                .orElseThrow(() -> new NotFoundException("outreach task"))
                .orElse(null);
    }

    /** The members of the staff member's office who may be given a task. */
    public List<StaffColleague> colleagues(SignedInStaff staff) {
        return directory.office(staff.jurisdiction(), ROLES);
    }

    /** Hands the open task to another member of the staff member's office. */
    @Transactional
    public void reassign(UUID taskId, UUID to, String reason, SignedInStaff staff) {
        Current current = jdbc.sql("SELECT t.status, t.assigned_to, t.township_code FROM elig_outreach_task t"
                        + " WHERE t.id = :id AND " + Regions.withinSubtree("t.township_code", "jurisdiction")
                        + " FOR UPDATE")
                .param("id", taskId)
                .param("jurisdiction", staff.jurisdiction())
                .query((rs, n) -> new Current(
                        OutreachStatus.valueOf(rs.getString(1)), rs.getObject(2, UUID.class), rs.getString(3)))
                .optional()
                .orElseThrow(() -> new NotFoundException("outreach task"));
        if (current.status() != OutreachStatus.OPEN) {
            throw new AlreadyDecidedException("outreach task");
        }
        if (to == null || directory.member(to, staff.jurisdiction(), ROLES).isEmpty()) {
            throw new InvalidValueException(
                    "assignee",
                    "OUTREACH_ASSIGNEE_NOT_IN_OFFICE",
                    "请选择本机构的一位民政助理员或经办人",
                    "Choose a staff assistant or clerk of your office");
        }
        if (Objects.equals(to, current.assignedTo())) {
            throw new InvalidValueException(
                    "assignee", "OUTREACH_ALREADY_ASSIGNED", "任务已分配给这位同事", "The task is already assigned to them");
        }
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidValueException(
                    "reason",
                    "OUTREACH_REASSIGN_REASON",
                    "请填写改派理由（500字以内）",
                    "A reason (up to 500 characters) is required");
        }
        jdbc.sql("UPDATE elig_outreach_task SET assigned_to = :to WHERE id = :id")
                .param("to", to)
                .param("id", taskId)
                .update();
        audit.record(AuditEntry.of("OUTREACH_REASSIGNED", staff.accountId().toString())
                .withActor(staff.role().name(), staff.jurisdiction())
                .withObject("OUTREACH_TASK", taskId.toString())
                .withChange(
                        current.assignedTo() == null
                                ? null
                                : current.assignedTo().toString(),
                        to.toString())
                .withReason(reason.strip()));
        events.publishEvent(new OutreachReassigned(
                EventEnvelope.of(staff.accountId().toString(), "STAFF"),
                taskId,
                current.townshipCode(),
                current.assignedTo(),
                to));
    }

    private record Current(OutreachStatus status, UUID assignedTo, String townshipCode) {}
}
