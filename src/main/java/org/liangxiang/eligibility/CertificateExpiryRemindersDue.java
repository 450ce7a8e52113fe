package org.liangxiang.eligibility;

import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/**
 * A re-check noticed certificates expiring within 6 months (民发〔2021〕70号: the holders are reminded): one event per
 * run, for the notification side, which reads the run's certificates with {@link CertificateHolders#expiringIn}.
 * {@code count} is how many certificates the run noticed.
 */
public record CertificateExpiryRemindersDue(EventEnvelope envelope, UUID runId, long count) implements DomainEvent {}
