package org.liangxiang.guide;

import java.time.LocalDate;
import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/**
 * A region's guide changes from {@code effectiveFrom}: its material rules ({@code kind} MATERIALS) or its content
 * (CONTENT: contacts, summaries). The portal and print read the guide afresh; listeners may refresh caches.
 */
public record GuideVersionCreated(
        EventEnvelope envelope, UUID versionId, String kind, String region, LocalDate effectiveFrom)
        implements DomainEvent {}
