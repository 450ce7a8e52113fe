package org.liangxiang.intake;

import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** Resubmitted after a return (RETURNED -> SUBMITTED, or IN_REVIEW when returned after acceptance). Ids and codes only. */
public record ApplicationResubmitted(EventEnvelope envelope, ApplicationId applicationId) implements DomainEvent {}
