package org.liangxiang.notification;

import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** A queued SMS was handed to the gateway on its {@code attempt}-th attempt. Ids and codes only. */
public record SmsSent(EventEnvelope envelope, UUID smsId, UUID accountId, NoticeKind kind, int attempt)
        implements DomainEvent {}
