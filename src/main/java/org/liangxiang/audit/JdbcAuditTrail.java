package org.liangxiang.audit;

import java.util.List;
import java.util.Objects;
import org.liangxiang.shared.TimeOrderedIds;
import org.liangxiang.shared.crypto.Sm3;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail in PostgreSQL. Inserts only: seq and occurred_at are given by the database (trigger
 * {@code audit_record_assign}), and the runtime role cannot change or delete a row once written.
 */
@Component
class JdbcAuditTrail implements AuditTrail, AuditRecords {

    private static final String INSERT = """
            INSERT INTO audit_record (id, type, actor_id, actor_role, actor_office, object_type, object_id,
                                      before_state, after_state, reason, source_address, bulk_count, bulk_digest)
            VALUES (:id, :type, :actorId, :actorRole, :actorOffice, :objectType, :objectId,
                    :before, :after, :reason, :sourceAddress, :bulkCount, :bulkDigest)
            """;

    private final JdbcClient jdbc;

    JdbcAuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        insert(entry, null, null);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<AuditEntry> entries) {
        if (entries.size() == 1) {
            insert(entries.get(0), null, null);
        } else if (!entries.isEmpty()) {
            insertAll(entries);
        }
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(AuditEntry entry) {
        insert(entry, null, null);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordBulk(AuditEntry entry, long count, byte[] digestOfTouched) {
        if (count < 0) {
            throw new IllegalArgumentException("bulk count must not be negative, was " + count);
        }
        Objects.requireNonNull(digestOfTouched, "digestOfTouched");
        if (digestOfTouched.length != Sm3.LENGTH) {
            throw new IllegalArgumentException(
                    "digestOfTouched must be an SM3 digest of 32 bytes, was " + digestOfTouched.length);
        }
        insert(entry, count, digestOfTouched.clone());
    }

    private void insert(AuditEntry entry, Long bulkCount, byte[] bulkDigest) {
        jdbc.sql(INSERT)
                .param("id", TimeOrderedIds.next())
                .param("type", entry.type())
                .param("actorId", entry.actorId())
                .param("actorRole", entry.actorRole())
                .param("actorOffice", entry.actorOffice())
                .param("objectType", entry.objectType())
                .param("objectId", entry.objectId())
                .param("before", entry.before())
                .param("after", entry.after())
                .param("reason", entry.reason())
                .param("sourceAddress", entry.sourceAddress())
                .param("bulkCount", bulkCount, java.sql.Types.BIGINT)
                .param("bulkDigest", bulkDigest, java.sql.Types.BINARY)
                .update();
    }

    /** One INSERT of several rows: the trigger numbers them in the order listed, as one insert each would. */
    private void insertAll(List<AuditEntry> entries) {
        StringBuilder sql = new StringBuilder("""
                INSERT INTO audit_record (id, type, actor_id, actor_role, actor_office, object_type, object_id,
                                          before_state, after_state, reason, source_address) VALUES """);
        List<Object> params = new java.util.ArrayList<>();
        for (AuditEntry entry : entries) {
            sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            params.addAll(java.util.Arrays.asList(
                    TimeOrderedIds.next(),
                    entry.type(),
                    entry.actorId(),
                    entry.actorRole(),
                    entry.actorOffice(),
                    entry.objectType(),
                    entry.objectId(),
                    entry.before(),
                    entry.after(),
                    entry.reason(),
                    entry.sourceAddress()));
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditRecordView> forObject(String objectType, String objectId) {
        return jdbc.sql("SELECT " + StoredRecord.COLUMNS
                        + " FROM audit_record r WHERE r.object_type = :type AND r.object_id = :id ORDER BY r.seq")
                .param("type", objectType)
                .param("id", objectId)
                .query((rs, n) -> StoredRecord.of(rs).view())
                .list();
    }
}
