package org.liangxiang.eligibility;

import java.time.LocalDate;
import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** A re-check ran: how many beneficiaries it checked and how many proposals wait for the counties. */
public record RecheckCompleted(
        EventEnvelope envelope, UUID runId, LocalDate checkedOn, long beneficiaries, long proposals, long expiring)
        implements DomainEvent {}
