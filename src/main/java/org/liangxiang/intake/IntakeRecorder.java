package org.liangxiang.intake;

import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.shared.event.DomainEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes intake's acts to the audit trail (object type {@code APPLICATION}, object id the application id, states and
 * codes only) and publishes their events, both in the caller's transaction.
 */
@Component
class IntakeRecorder {

    static final String OBJECT_TYPE = "APPLICATION";

    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    IntakeRecorder(AuditTrail audit, ApplicationEventPublisher events) {
        this.audit = audit;
        this.events = events;
    }

    void audit(Application a, Actor actor, String type, String before, String after, String reason) {
        audit.record(AuditEntry.of(type, actor.auditId())
                .withActor(actor.auditRole(), actor.jurisdiction())
                .withObject(OBJECT_TYPE, a.id().toString())
                .withChange(before, after)
                .withReason(reason));
    }

    void publish(DomainEvent event) {
        events.publishEvent(event);
    }
}
