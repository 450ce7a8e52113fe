package org.liangxiang.region;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.liangxiang.shared.RegionLevel;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/** The division and edition tables, read whole into the tree and written set-based (COPY). */
@Component
class DivisionStore {

    /** Serialises loads and imports across nodes (held to the end of the transaction). */
    private static final long LOCK_KEY = 0x7265_6769_6f6eL; // "region"

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    DivisionStore(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    List<Region> latestVersions() {
        return jdbc.sql("""
                        SELECT DISTINCT ON (code) code, parent_code, name, level, valid_from, valid_to, edition,
                               statistical_only, grouping_node
                        FROM region_division ORDER BY code, valid_from DESC""").query(DivisionStore::region).list();
    }

    /** Changes whenever an edition is added: a node rebuilds its tree when it differs. */
    String stamp() {
        return jdbc.sql("SELECT count(*) || '/' || coalesce(max(imported_at)::text, '') FROM region_edition")
                .query(String.class)
                .single();
    }

    void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(LOCK_KEY).query().singleValue();
    }

    boolean anyEdition() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM region_edition)")
                .query(Boolean.class)
                .single();
    }

    boolean editionExists(String edition) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM region_edition WHERE edition = ?)")
                .param(edition)
                .query(Boolean.class)
                .single();
    }

    Optional<LocalDate> latestEditionStart() {
        return jdbc.sql("SELECT max(valid_from) FROM region_edition")
                .query(LocalDate.class)
                .optional();
    }

    void insertEdition(String edition, LocalDate validFrom, String source, String importedBy) {
        jdbc.sql("INSERT INTO region_edition (edition, valid_from, source, imported_by) VALUES (?, ?, ?, ?)")
                .params(edition, validFrom, source, importedBy)
                .update();
    }

    void countEdition(String edition, int added, int changed, int retired) {
        jdbc.sql("UPDATE region_edition SET added = ?, changed = ?, retired = ? WHERE edition = ?")
                .params(added, changed, retired, edition)
                .update();
    }

    /** Runs {@code COPY ... FROM STDIN} on the transaction's connection; returns the rows copied. */
    long copyIn(String copySql, Reader data) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql, data);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    static Region region(ResultSet rs, int row) throws SQLException {
        return new Region(
                rs.getString("code"),
                rs.getString("parent_code"),
                rs.getString("name"),
                RegionLevel.valueOf(rs.getString("level")),
                rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class),
                rs.getString("edition"),
                rs.getBoolean("statistical_only"),
                rs.getBoolean("grouping_node"));
    }
}
