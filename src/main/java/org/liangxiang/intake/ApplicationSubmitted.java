package org.liangxiang.intake;

import java.util.Set;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** Submitted (DRAFT -> SUBMITTED). Ids and codes only. */
public record ApplicationSubmitted(EventEnvelope envelope, ApplicationId applicationId, Set<Subsidy> subsidies)
        implements DomainEvent {}
