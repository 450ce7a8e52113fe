package org.liangxiang.eligibility;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes valid rows to the staging table in batches (each batch its own short transaction) and clears them. */
@Component
class ImportStaging {

    private static final String INSERT = """
            INSERT INTO elig_import_row (import_id, line, id, resident_index, resident_sealed, resident_masked, kind,
                qualifier, valid_from, valid_to, township_code, certificate_index, certificate_sealed, category, level,
                intellectual_or_mental, certificate_status, valid_until, amount_fen, place_code)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """;

    private final JdbcTemplate jdbc;

    ImportStaging(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void write(UUID importId, List<StagedRow> rows) {
        jdbc.batchUpdate(INSERT, rows, rows.size(), (ps, r) -> bind(ps, importId, r));
    }

    void clear(UUID importId) {
        jdbc.update("DELETE FROM elig_import_row WHERE import_id = ?", importId);
    }

    private static void bind(PreparedStatement ps, UUID importId, StagedRow r) throws SQLException {
        ps.setObject(1, importId);
        ps.setLong(2, r.line());
        ps.setObject(3, r.id());
        ps.setBytes(4, r.residentIndex());
        ps.setBytes(5, r.residentSealed());
        ps.setString(6, r.residentMasked());
        ps.setString(7, r.kind());
        ps.setString(8, r.qualifier());
        date(ps, 9, r.validFrom());
        date(ps, 10, r.validTo());
        ps.setString(11, r.townshipCode());
        ps.setBytes(12, r.certificateIndex());
        ps.setBytes(13, r.certificateSealed());
        ps.setString(14, r.category());
        ps.setString(15, r.level());
        ps.setObject(16, r.intellectualOrMental(), Types.BOOLEAN);
        ps.setString(17, r.certificateStatus());
        date(ps, 18, r.validUntil());
        ps.setObject(19, r.amountFen(), Types.BIGINT);
        ps.setString(20, r.placeCode());
    }

    private static void date(PreparedStatement ps, int index, LocalDate date) throws SQLException {
        ps.setDate(index, date == null ? null : Date.valueOf(date));
    }
}
