package org.liangxiang.audit;

import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.liangxiang.shared.TimeOrderedIds;
import org.liangxiang.shared.crypto.Sm3;
import org.liangxiang.shared.database.InsertsAtCommit;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail in PostgreSQL. Inserts only: seq and occurred_at are given by the database (the columns' defaults;
 * the runtime role may not name them), and the runtime role cannot change or delete a row once written. A transaction's
 * records are kept, in order, and written just before it commits, with the transaction's other rows kept so
 * ({@link InsertsAtCommit}: one statement); a read of the trail in the transaction writes them first.
 */
@Component
class JdbcAuditTrail implements AuditTrail, AuditRecords {

    /** The trail's rows, written before the commit with the transaction's other rows ({@link InsertsAtCommit}). */
    static final InsertsAtCommit.Table RECORDS =
            new InsertsAtCommit.Table("""
            INSERT INTO audit_record (id, type, actor_id, actor_role, actor_office, object_type, object_id,
                                      before_state, after_state, reason, source_address, bulk_count, bulk_digest)
            VALUES""", "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "");

    private final JdbcClient jdbc;
    private final InsertsAtCommit inserts;

    JdbcAuditTrail(JdbcClient jdbc, InsertsAtCommit inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(AuditEntry entry) {
        inserts.insert(RECORDS, List.<Object[]>of(row(entry, null, null)));
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAll(List<AuditEntry> entries) {
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            rows.add(row(entry, null, null));
        }
        inserts.insert(RECORDS, rows);
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(AuditEntry entry) {
        inserts.insert(RECORDS, List.<Object[]>of(row(entry, null, null)));
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
        inserts.insert(RECORDS, List.<Object[]>of(row(entry, count, digestOfTouched.clone())));
    }

    /**
     * One row's values. Every text is bound as a varchar, null or not: a null bound without a type goes as
     * "unspecified", and the driver prepared the statement again whenever one record's nulls differed from the last
     * one's (PostgreSQL parsed and planned every audit insert anew).
     */
    private static Object[] row(AuditEntry entry, Long bulkCount, byte[] bulkDigest) {
        return new Object[] {
            TimeOrderedIds.next(),
            text(entry.type()),
            text(entry.actorId()),
            text(entry.actorRole()),
            text(entry.actorOffice()),
            text(entry.objectType()),
            text(entry.objectId()),
            text(entry.before()),
            text(entry.after()),
            text(entry.reason()),
            text(entry.sourceAddress()),
            new SqlParameterValue(Types.BIGINT, bulkCount),
            new SqlParameterValue(Types.BINARY, bulkDigest)
        };
    }

    private static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditRecordView> forObject(String objectType, String objectId) {
        inserts.flush(); // a read in a writing transaction sees its own records
        return jdbc.sql("SELECT " + StoredRecord.COLUMNS
                        + " FROM audit_record r WHERE r.object_type = :type AND r.object_id = :id ORDER BY r.seq")
                .param("type", objectType)
                .param("id", objectId)
                .query((rs, n) -> StoredRecord.of(rs).view())
                .list();
    }
}
