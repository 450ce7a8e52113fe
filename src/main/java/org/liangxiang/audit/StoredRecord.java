package org.liangxiang.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A row of {@code audit_record}, every column that the chain hashes. */
record StoredRecord(
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
        String reason,
        String sourceAddress,
        Long bulkCount,
        byte[] bulkDigest) {

    static final String COLUMNS = "r.seq, r.id, r.occurred_at, r.type, r.actor_id, r.actor_role, r.actor_office,"
            + " r.object_type, r.object_id, r.before_state, r.after_state, r.reason, r.source_address, r.bulk_count,"
            + " r.bulk_digest";

    /** Reads the columns of {@link #COLUMNS} from the current row. */
    static StoredRecord of(ResultSet rs) throws SQLException {
        return new StoredRecord(
                rs.getLong("seq"),
                rs.getObject("id", UUID.class),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("type"),
                rs.getString("actor_id"),
                rs.getString("actor_role"),
                rs.getString("actor_office"),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("before_state"),
                rs.getString("after_state"),
                rs.getString("reason"),
                rs.getString("source_address"),
                rs.getObject("bulk_count", Long.class),
                rs.getBytes("bulk_digest"));
    }

    /** The record as a timeline shows it, without the source address and the bulk digest. */
    AuditRecordView view() {
        return new AuditRecordView(
                seq,
                id,
                occurredAt,
                type,
                actorId,
                actorRole,
                actorOffice,
                objectType,
                objectId,
                before,
                after,
                reason);
    }
}
