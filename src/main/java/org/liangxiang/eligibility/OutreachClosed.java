package org.liangxiang.eligibility;

import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** An outreach task ended; {@code applicationId} is set when an assisted application was started. */
public record OutreachClosed(
        EventEnvelope envelope, UUID taskId, String townshipCode, OutreachEnd end, UUID applicationId)
        implements DomainEvent {}
