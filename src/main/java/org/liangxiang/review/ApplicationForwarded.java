package org.liangxiang.review;

import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** The receiving township forwarded the case to the household-registration township, which now owns it. Ids and codes only. */
public record ApplicationForwarded(EventEnvelope envelope, UUID applicationId, String fromTownship, String toTownship)
        implements DomainEvent {}
