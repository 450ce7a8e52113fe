package org.liangxiang.eligibility;

import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** An outreach task was handed to another member of the office ({@code from} is null when it was unassigned). */
public record OutreachReassigned(EventEnvelope envelope, UUID taskId, String townshipCode, UUID from, UUID to)
        implements DomainEvent {}
