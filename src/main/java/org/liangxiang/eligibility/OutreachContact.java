package org.liangxiang.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One entry of an outreach task's contact log. */
public record OutreachContact(
        UUID id,
        LocalDate contactedOn,
        ContactChannel channel,
        ContactOutcome outcome,
        String note,
        String recordedBy,
        Instant recordedAt) {}
