package org.liangxiang.notification;

import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** An in-portal message was written to an applicant account (and its SMS queued). Ids and codes only. */
public record ApplicantNotified(EventEnvelope envelope, UUID messageId, UUID accountId, NoticeKind kind)
        implements DomainEvent {}
