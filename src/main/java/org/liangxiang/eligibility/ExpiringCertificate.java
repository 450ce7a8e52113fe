package org.liangxiang.eligibility;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A certificate a re-check noticed as expiring within 6 months: the certificate fact's id, the blind index of its
 * holder's resident id (never the id itself) and the last day it is valid.
 */
public record ExpiringCertificate(UUID certificateId, byte[] residentIdIndex, LocalDate validUntil) {}
