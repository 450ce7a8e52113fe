package org.liangxiang.audit;

import java.time.Instant;
import java.util.UUID;

/** One audit record as a timeline shows it: ids, codes, states and times (the source address is left out). */
public record AuditRecordView(
        long seq,
        UUID id,
        Instant occurredAt,
        String type,
        String actorId,
        String actorRole,
        String actorOffice,
        String objectType,
        String objectId,
        String before,
        String after,
        String reason) {

    /** When it happened, in Beijing time, for display. */
    public java.time.LocalDateTime occurredInBeijing() {
        return java.time.LocalDateTime.ofInstant(occurredAt, org.liangxiang.shared.ChinaTime.ZONE);
    }
}
