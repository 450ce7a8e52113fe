package org.liangxiang.notification;

import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** The applicant marked an in-portal message as read. Ids only. */
public record MessageRead(EventEnvelope envelope, UUID messageId, UUID accountId) implements DomainEvent {}
