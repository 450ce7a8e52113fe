package org.liangxiang.review;

import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** The returned application was not corrected by its correction due date and lapsed. Ids and codes only. */
public record ApplicationLapsed(EventEnvelope envelope, UUID applicationId) implements DomainEvent {}
