package org.liangxiang.eligibility;

import java.time.LocalDate;
import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/**
 * A beneficiary's certificate expires within 6 months (民发〔2021〕70号: the holder is reminded); announced once per
 * certificate, for the notification side. {@code certificateId} is the certificate fact's id.
 */
public record CertificateExpiringSoon(
        EventEnvelope envelope, UUID certificateId, String townshipCode, LocalDate validUntil) implements DomainEvent {}
