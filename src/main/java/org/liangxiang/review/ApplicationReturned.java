package org.liangxiang.review;

import java.time.LocalDate;
import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** The case was returned to the applicant for correction at {@code stage}; it lapses if not corrected by {@code correctionDue}. Ids and codes only. */
public record ApplicationReturned(EventEnvelope envelope, UUID applicationId, Worklist stage, LocalDate correctionDue)
        implements DomainEvent {}
