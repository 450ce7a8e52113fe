package org.liangxiang.review;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liangxiang.account.StaffColleague;
import org.liangxiang.account.StaffDirectory;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.shared.InvalidValueException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who in the owning office works on a case: a member of the acting office hands an open case to another member of the
 * same office (same role and jurisdiction, active). Like an act: the case is locked and found within the jurisdiction
 * (else {@link CaseNotFoundException}), the version checked ({@link CaseConflictException}), the office checked
 * ({@link NotYourActException}); audited ({@code CASE_REASSIGNED}, object {@link #OBJECT}, both account ids) and announced ({@link
 * CaseReassigned}) in one transaction. The case's version does not move: no act on it is overwritten.
 */
@Service
public class CaseAssignments {

    static final String ACT = "reassign";

    /**
     * The audit object of a reassignment: the case (with the application id), not the application, so that the
     * applicant's timeline does not show the office's internal hand-over.
     */
    public static final String OBJECT = "REVIEW_CASE";

    private final CaseStore store;
    private final StaffDirectory directory;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final CaseJournal journal;

    CaseAssignments(
            CaseStore store,
            StaffDirectory directory,
            JdbcClient jdbc,
            AuditTrail audit,
            ApplicationEventPublisher events,
            CaseJournal journal) {
        this.store = store;
        this.directory = directory;
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.journal = journal;
    }

    /** The members of the staff member's office a case can be handed to. */
    @Transactional(readOnly = true)
    public List<StaffColleague> colleagues(Reviewer reviewer) {
        if (reviewer.office() == null) {
            return List.of();
        }
        return directory.office(reviewer.jurisdiction(), List.of(reviewer.role())).stream()
                .filter(member -> !member.id().equals(reviewer.accountId()))
                .toList();
    }

    /** Who the case is assigned to, if anyone. */
    @Transactional(readOnly = true)
    public Optional<UUID> assignee(UUID applicationId) {
        return jdbc.sql("SELECT assignee FROM review_case_assignment WHERE application_id = ?")
                .param(applicationId)
                .query(UUID.class)
                .optional();
    }

    /** Hands the open case to a colleague of the same office; answers the case's summary (version unchanged). */
    @Transactional
    public CaseSummary reassign(Reviewer reviewer, UUID applicationId, long expectedVersion, UUID to) {
        ReviewCase c = store.forAct(applicationId, reviewer.jurisdiction())
                .orElseThrow(() -> new CaseNotFoundException(applicationId));
        if (c.version != expectedVersion) {
            throw CaseConflictException.stale(ACT, c.summary());
        }
        if (!c.state.open()) {
            throw CaseConflictException.wrongState(ACT, c.summary());
        }
        if (reviewer.office() != c.office) {
            throw new NotYourActException(ACT, c.office);
        }
        if (to == null || colleagues(reviewer).stream().noneMatch(m -> m.id().equals(to))) {
            throw new InvalidValueException(
                    "assignee",
                    "NOT_A_COLLEAGUE",
                    "只能转给本机构（同一角色和辖区）的其他在岗工作人员",
                    "Hand the case only to another active member of your office (same role and jurisdiction)");
        }
        UUID from = assignee(applicationId).orElse(null);
        jdbc.sql("""
                INSERT INTO review_case_assignment (application_id, assignee, assigned_by) VALUES (?, ?, ?)
                ON CONFLICT (application_id) DO UPDATE
                   SET assignee = EXCLUDED.assignee, assigned_by = EXCLUDED.assigned_by, assigned_at = now()""").params(applicationId, to, reviewer.accountId()).update();
        audit.record(AuditEntry.of("CASE_REASSIGNED", reviewer.actorId())
                .withActor(reviewer.role().name(), c.officeRegion)
                .withObject(OBJECT, applicationId.toString())
                .withChange(from == null ? null : from.toString(), to.toString()));
        CaseJournal.Act act = CaseJournal.Act.of(reviewer, c);
        events.publishEvent(
                new CaseReassigned(journal.envelope(c, act), applicationId, from, to, reviewer.accountId()));
        return c.summary();
    }
}
