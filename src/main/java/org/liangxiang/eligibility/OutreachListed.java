package org.liangxiang.eligibility;

import java.time.LocalDate;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** A discovery run put new outreach tasks on the townships' lists ({@code run}: the audit type of the run). */
public record OutreachListed(EventEnvelope envelope, String run, LocalDate on, long listed) implements DomainEvent {}
