package org.liangxiang.notification;

import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** Every attempt to send a queued SMS failed; it is not tried again (the in-portal message stays). Ids only. */
public record SmsGivenUp(EventEnvelope envelope, UUID smsId, UUID accountId, NoticeKind kind, int attempts)
        implements DomainEvent {}
