package org.liangxiang.account;

import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** An applicant account was created for a mobile number (the number stays sealed). */
public record ApplicantRegistered(EventEnvelope envelope, UUID accountId) implements DomainEvent {}
