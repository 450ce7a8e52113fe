package org.liangxiang.eligibility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.liangxiang.account.SignedInStaff;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.event.EventEnvelope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposals of re-checks as the responsible county works them: listed within the staff member's jurisdiction,
 * confirmed (announced with {@link RecheckProposalConfirmed} for payment) or dismissed, each with a reason, audited.
 */
@Service
public class RecheckProposals {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    RecheckProposals(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    public List<RecheckProposal> list(String jurisdiction, ProposalStatus status, int limit, int offset) {
        return jdbc.sql("SELECT * FROM elig_proposal p WHERE p.status = :status AND "
                        + Regions.withinSubtree("p.township_code", "jurisdiction")
                        + " ORDER BY p.created_at, p.id LIMIT :limit OFFSET :offset")
                .param("status", status.name())
                .param("jurisdiction", jurisdiction)
                .param("limit", Math.max(1, Math.min(limit, 500)))
                .param("offset", Math.max(0, offset))
                .query((rs, n) -> proposal(rs))
                .list();
    }

    @Transactional
    public RecheckProposal confirm(UUID id, String reason, SignedInStaff staff) {
        return confirm(
                id,
                reason,
                new Decider(staff.accountId().toString(), staff.role().name(), staff.jurisdiction()));
    }

    @Transactional
    public RecheckProposal dismiss(UUID id, String reason, SignedInStaff staff) {
        return dismiss(
                id,
                reason,
                new Decider(staff.accountId().toString(), staff.role().name(), staff.jurisdiction()));
    }

    /** Who decides: the staff member's account id, role and jurisdiction. */
    record Decider(String accountId, String role, String jurisdiction) {}

    RecheckProposal confirm(UUID id, String reason, Decider staff) {
        RecheckProposal p = decide(id, ProposalStatus.CONFIRMED, reason, staff);
        events.publishEvent(new RecheckProposalConfirmed(
                EventEnvelope.of(staff.accountId(), "STAFF"),
                p.id(),
                p.beneficiaryId(),
                p.subsidy(),
                p.kind(),
                p.effectiveMonth(),
                p.townshipCode()));
        return p;
    }

    RecheckProposal dismiss(UUID id, String reason, Decider staff) {
        RecheckProposal p = decide(id, ProposalStatus.DISMISSED, reason, staff);
        events.publishEvent(
                new RecheckProposalDismissed(EventEnvelope.of(staff.accountId(), "STAFF"), p.id(), p.beneficiaryId()));
        return p;
    }

    private RecheckProposal decide(UUID id, ProposalStatus decision, String reason, Decider staff) {
        if (reason == null || reason.isBlank() || reason.length() > 500) {
            throw new InvalidValueException(
                    "reason", "PROPOSAL_REASON", "请填写理由（500字以内）", "A reason (up to 500 characters) is required");
        }
        RecheckProposal current = jdbc.sql("SELECT * FROM elig_proposal p WHERE p.id = :id AND "
                        + Regions.withinSubtree("p.township_code", "jurisdiction") + " FOR UPDATE")
                .param("id", id)
                .param("jurisdiction", staff.jurisdiction())
                .query((rs, n) -> proposal(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("proposal"));
        if (current.status() != ProposalStatus.PENDING) {
            throw new AlreadyDecidedException("proposal");
        }
        jdbc.sql("""
                        UPDATE elig_proposal SET status = :status, decided_by = :by, decided_at = now(),
                               decision_reason = :reason
                         WHERE id = :id
                        """)
                .param("status", decision.name())
                .param("by", staff.accountId())
                .param("reason", reason.strip())
                .param("id", id)
                .update();
        audit.record(AuditEntry.of("RECHECK_PROPOSAL_" + decision.name(), staff.accountId())
                .withActor(staff.role(), staff.jurisdiction())
                .withObject("RECHECK_PROPOSAL", id.toString())
                .withChange(ProposalStatus.PENDING.name(), decision.name())
                .withReason(reason.strip()));
        return find(id);
    }

    private RecheckProposal find(UUID id) {
        return jdbc.sql("SELECT * FROM elig_proposal WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> proposal(rs))
                .single();
    }

    static RecheckProposal proposal(ResultSet rs) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        java.sql.Date effective = rs.getDate("effective_month");
        return new RecheckProposal(
                rs.getObject("id", UUID.class),
                rs.getObject("run_id", UUID.class),
                rs.getString("beneficiary_id"),
                rs.getString("resident_masked"),
                Subsidy.valueOf(rs.getString("subsidy")),
                ProposalKind.valueOf(rs.getString("kind")),
                ReasonCode.valueOf(rs.getString("reason")),
                effective == null ? null : effective.toLocalDate(),
                rs.getString("township_code"),
                ProposalStatus.valueOf(rs.getString("status")),
                rs.getString("decided_by"),
                decidedAt == null ? null : decidedAt.toInstant(),
                rs.getString("decision_reason"),
                rs.getTimestamp("created_at").toInstant());
    }
}
