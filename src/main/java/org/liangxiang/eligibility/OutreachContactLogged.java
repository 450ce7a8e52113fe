package org.liangxiang.eligibility;

import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** A staff assistant logged a contact attempt on an outreach task. */
public record OutreachContactLogged(
        EventEnvelope envelope, UUID taskId, UUID contactId, ContactChannel channel, ContactOutcome outcome)
        implements DomainEvent {}
