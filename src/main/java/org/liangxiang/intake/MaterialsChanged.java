package org.liangxiang.intake;

import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** A material was uploaded or replaced after submission (a new version of the type). Ids and codes only. */
public record MaterialsChanged(EventEnvelope envelope, ApplicationId applicationId, String materialType)
        implements DomainEvent {}
