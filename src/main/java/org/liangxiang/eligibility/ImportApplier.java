package org.liangxiang.eligibility;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Applies a staged import, set-based, inside the caller's transaction: duplicates refused first; then each row is
 * matched to the fact it continues, matched facts are updated where something differs, new ones inserted, and (for a
 * snapshot) the current facts of the source and region that the file leaves out are ended as of its date.
 */
@Component
class ImportApplier {

    /** Which facts a row continues: the key, and for a delta the same start. */
    private static final String KEY = "f.source = :source AND f.region_code = :region AND f.resident_index ="
            + " r.resident_index AND f.kind = r.kind AND f.qualifier = r.qualifier";

    private final JdbcClient jdbc;

    ImportApplier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Counts(long added, long updated, long ended) {}

    /** Rows that repeat an earlier row's key (for a delta: key and start), as errors naming the earlier line. */
    List<RowError> duplicates(UUID importId, ImportMode mode, int limit) {
        String partition = mode == ImportMode.DELTA
                ? "resident_index, kind, qualifier, valid_from"
                : "resident_index, kind, qualifier";
        return jdbc.sql("SELECT line, first FROM (SELECT line, min(line) OVER (PARTITION BY " + partition
                        + ") AS first FROM elig_import_row WHERE import_id = :id) d"
                        + " WHERE line <> first ORDER BY line LIMIT :limit")
                .param("id", importId)
                .param("limit", limit)
                .query((rs, n) -> new RowError(
                        rs.getLong("line"),
                        "resident_id",
                        "IMPORT_DUPLICATE_ROW",
                        "与第" + rs.getLong("first") + "行重复（同一人同一项）",
                        "Repeats line " + rs.getLong("first") + " (the same person and item)"))
                .list();
    }

    Counts apply(UUID importId, ImportRequest request) {
        match(importId, request);
        long updated = update(importId, request);
        long added = insert(importId, request);
        long ended = request.mode() == ImportMode.SNAPSHOT ? end(importId, request) : 0;
        coverage(importId, request);
        return new Counts(added, updated, ended);
    }

    private void match(UUID importId, ImportRequest request) {
        String which = request.mode() == ImportMode.DELTA
                ? "f.valid_from = r.valid_from"
                : "(f.valid_from = r.valid_from OR f.valid_to IS NULL OR f.valid_to > :asOf)";
        jdbc.sql("UPDATE elig_import_row t SET match_id = m.fact_id FROM ("
                        + " SELECT DISTINCT ON (r.line) r.line, f.id AS fact_id"
                        + " FROM elig_import_row r JOIN elig_fact f ON " + KEY
                        + " WHERE r.import_id = :id AND " + which
                        + " ORDER BY r.line, (f.valid_from = r.valid_from) DESC, f.valid_from DESC) m"
                        + " WHERE t.import_id = :id AND t.line = m.line")
                .param("id", importId)
                .param("source", request.source().name())
                .param("region", request.region().value())
                .param("asOf", request.asOf())
                .update();
    }

    private long update(UUID importId, ImportRequest request) {
        return jdbc.sql("""
                        UPDATE elig_fact f
                           SET valid_from = coalesce(r.valid_from, f.valid_from), valid_to = r.valid_to,
                               township_code = r.township_code, category = r.category, level = r.level,
                               intellectual_or_mental = r.intellectual_or_mental,
                               certificate_status = r.certificate_status, valid_until = r.valid_until,
                               amount_fen = r.amount_fen, place_code = r.place_code, import_id = :id,
                               loaded_at = now(), ended_by = NULL
                          FROM elig_import_row r
                         WHERE r.import_id = :id AND f.id = r.match_id
                           AND (f.valid_from, f.valid_to, f.township_code, f.category, f.level,
                                f.intellectual_or_mental, f.certificate_status, f.valid_until, f.amount_fen,
                                f.place_code)
                               IS DISTINCT FROM
                               (coalesce(r.valid_from, f.valid_from), r.valid_to, r.township_code, r.category,
                                r.level, r.intellectual_or_mental, r.certificate_status, r.valid_until, r.amount_fen,
                                r.place_code)
                        """).param("id", importId).update();
    }

    private long insert(UUID importId, ImportRequest request) {
        return jdbc.sql("""
                        INSERT INTO elig_fact (id, source, region_code, resident_index, resident_sealed,
                            resident_masked, kind, qualifier, valid_from, valid_to, township_code, certificate_index,
                            certificate_sealed, category, level, intellectual_or_mental, certificate_status,
                            valid_until, amount_fen, place_code, import_id, loaded_at)
                        SELECT r.id, :source, :region, r.resident_index, r.resident_sealed, r.resident_masked, r.kind,
                               r.qualifier, coalesce(r.valid_from, CAST(:asOf AS date)), r.valid_to, r.township_code,
                               r.certificate_index, r.certificate_sealed, r.category, r.level,
                               r.intellectual_or_mental, r.certificate_status, r.valid_until, r.amount_fen,
                               r.place_code, :id, now()
                          FROM elig_import_row r
                         WHERE r.import_id = :id AND r.match_id IS NULL
                        """)
                .param("id", importId)
                .param("source", request.source().name())
                .param("region", request.region().value())
                .param("asOf", request.asOf())
                .update();
    }

    private long end(UUID importId, ImportRequest request) {
        return jdbc.sql("""
                        UPDATE elig_fact f SET valid_to = :asOf, ended_by = :id
                         WHERE f.source = :source AND f.region_code = :region
                           AND f.valid_from <= :asOf AND (f.valid_to IS NULL OR f.valid_to > :asOf)
                           AND NOT EXISTS (SELECT 1 FROM elig_import_row r
                                            WHERE r.import_id = :id AND r.match_id = f.id)
                           AND f.import_id <> :id
                        """)
                .param("id", importId)
                .param("source", request.source().name())
                .param("region", request.region().value())
                .param("asOf", request.asOf())
                .update();
    }

    private void coverage(UUID importId, ImportRequest request) {
        jdbc.sql("""
                        INSERT INTO elig_coverage (source, region_code, last_import_id, loaded_at)
                        VALUES (:source, :region, :id, now())
                        ON CONFLICT (source, region_code)
                        DO UPDATE SET last_import_id = excluded.last_import_id, loaded_at = excluded.loaded_at
                        """)
                .param("id", importId)
                .param("source", request.source().name())
                .param("region", request.region().value())
                .update();
    }
}
