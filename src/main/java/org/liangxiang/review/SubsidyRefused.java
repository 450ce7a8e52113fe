package org.liangxiang.review;

import java.util.UUID;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** A subsidy was refused, at any step, for the reason given. Ids and codes only. */
public record SubsidyRefused(EventEnvelope envelope, UUID applicationId, Subsidy subsidy, RefusalReason reason)
        implements DomainEvent {}
