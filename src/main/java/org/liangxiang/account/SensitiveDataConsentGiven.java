package org.liangxiang.account;

import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** An applicant consented to processing sensitive personal information, under the text version named. */
public record SensitiveDataConsentGiven(EventEnvelope envelope, UUID accountId, String textVersion)
        implements DomainEvent {}
