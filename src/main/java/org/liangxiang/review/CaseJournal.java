package org.liangxiang.review;

import java.util.List;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes what happened to a case: an audit record (object APPLICATION, the application id; the acting office's region
 * code) in the act's transaction, and the event, published in the same transaction.
 */
@Component
class CaseJournal {

    static final String SYSTEM = "system";

    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    CaseJournal(AuditTrail audit, ApplicationEventPublisher events) {
        this.audit = audit;
        this.events = events;
    }

    /** Who acted and for which office. */
    record Act(String actorId, String role, String officeRegion) {

        static Act of(Reviewer reviewer, ReviewCase c) {
            return new Act(reviewer.actorId(), reviewer.role().name(), c.officeRegion);
        }

        static Act system(ReviewCase c) {
            return new Act(SYSTEM, null, c.officeRegion);
        }
    }

    EventEnvelope envelope(ReviewCase c, Act act) {
        return EventEnvelope.forApplication(
                c.applicationId, c.receivingTownship, c.homeTownship, c.channel, act.actorId());
    }

    void record(Act act, ReviewCase c, String type, String before, String reason, DomainEvent event) {
        audit.record(entry(act, c, type, before, reason));
        if (event != null) {
            events.publishEvent(event);
        }
    }

    /**
     * As {@link #record}, for an act that records several changes: the event is published now, the audit entry is
     * added to {@code entries}, which the act writes with {@link #write} (one statement) before it saves the case.
     */
    void record(
            List<AuditEntry> entries,
            Act act,
            ReviewCase c,
            String type,
            String before,
            String reason,
            DomainEvent event) {
        entries.add(entry(act, c, type, before, reason));
        if (event != null) {
            events.publishEvent(event);
        }
    }

    void write(List<AuditEntry> entries) {
        audit.recordAll(entries);
    }

    private static AuditEntry entry(Act act, ReviewCase c, String type, String before, String reason) {
        return AuditEntry.of(type, act.actorId())
                .withActor(act.role(), act.officeRegion())
                .withObject("APPLICATION", c.applicationId.toString())
                .withChange(before, c.position())
                .withReason(reason);
    }
}
