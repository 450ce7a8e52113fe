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
 * durable (fsync and synchronous commit on) unless told otherwise.
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
        } finally {
            EmbeddedDatabase.stop(dataDir);
        }
    }
}
