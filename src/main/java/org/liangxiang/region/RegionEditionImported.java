package org.liangxiang.region;

import java.time.LocalDate;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** An administrator imported a new edition of the division tree; each node rebuilds its in-memory tree. */
public record RegionEditionImported(
        EventEnvelope envelope, String edition, LocalDate validFrom, int added, int changed, int retired)
        implements DomainEvent {}
