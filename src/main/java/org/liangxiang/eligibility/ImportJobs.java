package org.liangxiang.eligibility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liangxiang.region.Regions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The table of imports: each row is a job and its progress, readable while it runs. */
@Component
class ImportJobs {

    private static final String COLUMNS = "id, source, region_code, mode, as_of, file_format, digest, status, same_as,"
            + " rows_read, rows_rejected, added, updated, ended, errors, requested_by, created_at, finished_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ImportJobs(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(UUID id, ImportRequest request, byte[] digest, ImportStatus status, UUID sameAs, String actor) {
        jdbc.sql("""
                        INSERT INTO elig_import (id, source, region_code, mode, as_of, file_format, digest, status, same_as,
                                                 requested_by, finished_at)
                        VALUES (:id, :source, :region, :mode, :asOf, :format, :digest, :status, :sameAs, :actor,
                                CASE WHEN :finished THEN now() END)
                        """)
                .param("id", id)
                .param("source", request.source().name())
                .param("region", request.region().value())
                .param("mode", request.mode().name())
                .param("asOf", request.asOf())
                .param("format", request.format().name())
                .param("digest", digest)
                .param("status", status.name())
                .param("sameAs", sameAs)
                .param("actor", actor)
                .param("finished", status.finished())
                .update();
    }

    Optional<UUID> appliedWithDigest(ImportRequest request, byte[] digest) {
        return jdbc.sql("""
                        SELECT id FROM elig_import
                         WHERE source = :source AND region_code = :region AND digest = :digest AND status = 'APPLIED'
                        """)
                .param("source", request.source().name())
                .param("region", request.region().value())
                .param("digest", digest)
                .query(UUID.class)
                .optional();
    }

    void progress(UUID id, ImportStatus status, long rowsRead, long rowsRejected) {
        jdbc.sql("UPDATE elig_import SET status = :status, rows_read = :read, rows_rejected = :rejected WHERE id = :id")
                .param("status", status.name())
                .param("read", rowsRead)
                .param("rejected", rowsRejected)
                .param("id", id)
                .update();
    }

    void finish(UUID id, ImportStatus status, long rowsRejected, List<RowError> errors) {
        jdbc.sql("""
                        UPDATE elig_import SET status = :status, rows_rejected = :rejected,
                               errors = CAST(:errors AS jsonb), finished_at = now()
                         WHERE id = :id
                        """)
                .param("status", status.name())
                .param("rejected", rowsRejected)
                .param("errors", json.writeValueAsString(errors))
                .param("id", id)
                .update();
    }

    void applied(UUID id, long added, long updated, long ended) {
        jdbc.sql("""
                        UPDATE elig_import SET status = 'APPLIED', added = :added, updated = :updated, ended = :ended,
                               finished_at = now()
                         WHERE id = :id
                        """)
                .param("added", added)
                .param("updated", updated)
                .param("ended", ended)
                .param("id", id)
                .update();
    }

    Optional<ImportJob> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM elig_import WHERE id = :id")
                .param("id", id)
                .query((rs, n) -> job(rs))
                .optional();
    }

    List<ImportJob> recent(String jurisdiction, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM elig_import i WHERE "
                        + Regions.withinSubtree("i.region_code", "jurisdiction")
                        + " ORDER BY created_at DESC LIMIT :limit")
                .param("jurisdiction", jurisdiction)
                .param("limit", limit)
                .query((rs, n) -> job(rs))
                .list();
    }

    private ImportJob job(ResultSet rs) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        java.sql.Date asOf = rs.getDate("as_of");
        return new ImportJob(
                rs.getObject("id", UUID.class),
                ReferenceSource.valueOf(rs.getString("source")),
                rs.getString("region_code"),
                ImportMode.valueOf(rs.getString("mode")),
                asOf == null ? null : asOf.toLocalDate(),
                FileFormat.valueOf(rs.getString("file_format")),
                HexFormat.of().formatHex(rs.getBytes("digest")),
                ImportStatus.valueOf(rs.getString("status")),
                rs.getObject("same_as", UUID.class),
                rs.getLong("rows_read"),
                rs.getLong("rows_rejected"),
                rs.getLong("added"),
                rs.getLong("updated"),
                rs.getLong("ended"),
                json.readValue(rs.getString("errors"), new TypeReference<List<RowError>>() {}),
                rs.getString("requested_by"),
                rs.getTimestamp("created_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }
}
