package org.liangxiang.eligibility;

import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** An import was applied: the source and region it covers and how many facts it added, updated and ended. */
public record ReferenceDataImported(
        EventEnvelope envelope,
        UUID importId,
        ReferenceSource source,
        String regionCode,
        ImportMode mode,
        long added,
        long updated,
        long ended)
        implements DomainEvent {}
