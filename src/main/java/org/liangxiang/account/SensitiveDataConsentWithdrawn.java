package org.liangxiang.account;

import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** An applicant withdrew consent to processing sensitive personal information. */
public record SensitiveDataConsentWithdrawn(EventEnvelope envelope, UUID accountId, String textVersion)
        implements DomainEvent {}
