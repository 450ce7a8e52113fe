package org.liangxiang.review;

import java.util.UUID;
import org.liangxiang.policy.ReviewStep;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** A step of the review chain was completed by the office of {@code officeRegion}. Ids and codes only. */
public record StepCompleted(EventEnvelope envelope, UUID applicationId, ReviewStep step, String officeRegion)
        implements DomainEvent {}
