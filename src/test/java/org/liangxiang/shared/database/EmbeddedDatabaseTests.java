package org.liangxiang.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL keeps its data in its directory: stopping and starting again finds the data; its commits are
 * durable (fsync and synchronous commit on) unless told otherwise; its buffers are sized to the machine unless told.
 */
class EmbeddedDatabaseTests {

    @TempDir
    Path dir;

    @Test
    void keepsDataAcrossRestarts() throws Exception {
        String dataDir = dir.resolve("pg").toString();
        EmbeddedDatabase first = EmbeddedDatabase.start(dataDir, 0, false);
        try (Connection c = DriverManager.getConnection(first.jdbcUrl(), EmbeddedDatabase.OWNER, "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (note TEXT)");
            s.execute("INSERT INTO kept VALUES ('两项补贴')");
        }
        EmbeddedDatabase.stop(dataDir);

        EmbeddedDatabase second = EmbeddedDatabase.start(dataDir, 0, false);
        try (Connection c = DriverManager.getConnection(second.jdbcUrl(), EmbeddedDatabase.OWNER, "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT note, version() FROM kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("两项补贴");
            assertThat(rs.getString(2)).startsWith("PostgreSQL 17");
        }
        // durable by default: the embedding library's own start turns both off
        try (Connection c = DriverManager.getConnection(second.jdbcUrl(), EmbeddedDatabase.OWNER, "");
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery("SELECT current_setting('fsync'), current_setting('synchronous_commit')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("on");
            assertThat(rs.getString(2)).isEqualTo("on");
        }
        // started without shared_buffers: a quarter of this machine's memory, in megabytes
        try (Connection c = DriverManager.getConnection(second.jdbcUrl(), EmbeddedDatabase.OWNER, "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT setting::bigint * current_setting('block_size')::bigint"
                        + " / (1024 * 1024) FROM pg_settings WHERE name = 'shared_buffers'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getLong(1) + "MB")
                    .isEqualTo(EmbeddedDatabase.defaultSharedBuffers(EmbeddedDatabase.machineMemory()));
        } finally {
            EmbeddedDatabase.stop(dataDir);
        }
    }

    @Test
    void buffersAreAQuarterOfTheMachineBetweenPostgresqlsDefaultAndEightGigabytes() {
        assertThat(EmbeddedDatabase.defaultSharedBuffers(24L << 30)).isEqualTo("6144MB");
        assertThat(EmbeddedDatabase.defaultSharedBuffers(2L << 30)).isEqualTo("512MB");
        // never below PostgreSQL's own 128 MB, also when the machine's memory is unknown (0)
        assertThat(EmbeddedDatabase.defaultSharedBuffers(256L << 20)).isEqualTo("128MB");
        assertThat(EmbeddedDatabase.defaultSharedBuffers(0)).isEqualTo("128MB");
        // never above 8 GB
        assertThat(EmbeddedDatabase.defaultSharedBuffers(64L << 30)).isEqualTo("8192MB");
    }

    @Test
    void aConfiguredSizeWins() throws Exception {
        String dataDir = dir.resolve("sized").toString();
        EmbeddedDatabase db = EmbeddedDatabase.start(dataDir, 0, true, "160MB", false);
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.OWNER, "");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SHOW shared_buffers")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("160MB");
        } finally {
            EmbeddedDatabase.stop(dataDir);
        }
    }
}
