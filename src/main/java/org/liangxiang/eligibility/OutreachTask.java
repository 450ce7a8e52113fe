package org.liangxiang.eligibility;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.liangxiang.shared.Subsidy;

/**
 * A person on a township's discovery list (the resident id masked; the assistant sees the full id only when starting
 * an application with the person), with the contact log and, once closed, the end.
 */
public record OutreachTask(
        UUID id,
        OutreachKind kind,
        String residentMasked,
        List<Subsidy> subsidies,
        String townshipCode,
        OutreachStatus status,
        OutreachEnd outcome,
        String outcomeNote,
        UUID applicationId,
        String closedBy,
        Instant closedAt,
        Instant createdAt,
        List<OutreachContact> contacts) {}
