package org.liangxiang.intake;

import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** Withdrawn by the applicant before a decision. Ids and codes only. */
public record ApplicationWithdrawn(EventEnvelope envelope, ApplicationId applicationId) implements DomainEvent {}
