package org.liangxiang.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.database.InsertsAtCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Searching the audit trail, newest first, a page at a time (the audit administrator's page). */
@Component
class AuditSearch {

    static final int PAGE_SIZE = 25;
    private static final String WHERE = """
             WHERE (CAST(:objectType AS TEXT) IS NULL OR r.object_type = :objectType)
               AND (CAST(:objectId AS TEXT) IS NULL OR r.object_id = :objectId)
               AND (CAST(:actorId AS TEXT) IS NULL OR r.actor_id = :actorId)
               AND (CAST(:type AS TEXT) IS NULL OR r.type = :type)
               AND (CAST(:from AS TIMESTAMPTZ) IS NULL OR r.occurred_at >= :from)
               AND (CAST(:to AS TIMESTAMPTZ) IS NULL OR r.occurred_at < :to)
            """;

    private final JdbcClient jdbc;
    private final InsertsAtCommit inserts;

    AuditSearch(JdbcClient jdbc, InsertsAtCommit inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    @Transactional(readOnly = true)
    AuditPage search(AuditQuery query, int page) {
        int safePage = Math.max(0, page);
        inserts.flush(); // a search in a writing transaction sees its own records
        long total = bind(jdbc.sql("SELECT count(*) FROM audit_record r" + WHERE), query)
                .query(Long.class)
                .single();
        List<AuditRecordView> rows = bind(
                        jdbc.sql("SELECT " + StoredRecord.COLUMNS + " FROM audit_record r" + WHERE
                                + " ORDER BY r.seq DESC LIMIT :size OFFSET :offset"),
                        query)
                .param("size", PAGE_SIZE)
                .param("offset", safePage * PAGE_SIZE)
                .query((rs, n) -> StoredRecord.of(rs).view())
                .list();
        return new AuditPage(rows, safePage, PAGE_SIZE, total);
    }

    /** The distinct record types, for the search form's choice. */
    @Transactional(readOnly = true)
    List<String> types() {
        inserts.flush();
        return jdbc.sql("SELECT DISTINCT type FROM audit_record ORDER BY type")
                .query(String.class)
                .list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, AuditQuery q) {
        return sql.param("objectType", blankToNull(q.objectType()))
                .param("objectId", blankToNull(q.objectId()))
                .param("actorId", blankToNull(q.actorId()))
                .param("type", blankToNull(q.type()))
                .param("from", startOf(q.from()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param(
                        "to",
                        startOf(q.to() == null ? null : q.to().plusDays(1)),
                        java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    record AuditPage(List<AuditRecordView> rows, int page, int size, long total) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }
    }
}
