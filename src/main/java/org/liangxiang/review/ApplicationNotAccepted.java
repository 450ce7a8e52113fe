package org.liangxiang.review;

import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** The receiving township refused to accept the application (不予受理). Ids and codes only. */
public record ApplicationNotAccepted(EventEnvelope envelope, UUID applicationId, NonAcceptanceReason reason)
        implements DomainEvent {}
