package org.liangxiang.account;

import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** An applicant account was bound to a verified real name (ids only: the name and resident id stay sealed). */
public record ApplicantRealNameBound(EventEnvelope envelope, UUID accountId) implements DomainEvent {}
