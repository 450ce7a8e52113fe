package org.liangxiang.review;

import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** The receiving township accepted the application; {@code next} is where the case went (to forward, to forward to another province, or the first step of the chain). Ids and codes only. */
public record ApplicationAccepted(EventEnvelope envelope, UUID applicationId, String acceptingTownship, Worklist next)
        implements DomainEvent {}
