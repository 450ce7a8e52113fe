package org.liangxiang.policy;

import java.time.LocalDate;
import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** A region's policy changes from {@code effectiveFrom}: caches of the policy in force may want refreshing then. */
public record PolicyVersionCreated(EventEnvelope envelope, UUID versionId, String region, LocalDate effectiveFrom)
        implements DomainEvent {}
