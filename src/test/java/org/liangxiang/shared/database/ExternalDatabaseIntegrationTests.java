package org.liangxiang.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.liangxiang.LiangxiangApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With {@code liangxiang.db.url} (LIANGXIANG_DB_URL) set, the application uses that server: migrations run as the
 * given owner, which creates the runtime role, and the application's pool connects as the runtime role. A second
 * PostgreSQL server, started here, plays the external server.
 */
class ExternalDatabaseIntegrationTests {

    @TempDir
    Path dir;

    @Test
    void migratesAsTheOwnerAndConnectsAsTheRuntimeRole() throws Exception {
        String dataDir = dir.resolve("external").toString();
        EmbeddedDatabase server = EmbeddedDatabase.start(dataDir, 0, true);
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), EmbeddedDatabase.OWNER, "");
                Statement s = c.createStatement()) {
            s.execute("CREATE ROLE lx_owner LOGIN CREATEROLE PASSWORD 'owner-secret'");
            s.execute("CREATE DATABASE liangxiang OWNER lx_owner");
        }
        String url = "jdbc:postgresql://localhost:" + server.port() + "/liangxiang";
        SpringApplication app = new SpringApplication(LiangxiangApplication.class);
        try (ConfigurableApplicationContext context = app.run(
                "--server.port=0",
                "--liangxiang.db.url=" + url,
                "--liangxiang.db.user=lx_owner",
                "--liangxiang.db.password=owner-secret",
                "--liangxiang.population.demo-size=0",
                "--liangxiang.storage.directory=" + dir.resolve("files"))) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT current_user").query(String.class).single())
                    .isEqualTo("liangxiang_app");
            assertThat(jdbc.sql("SELECT current_database()").query(String.class).single())
                    .isEqualTo("liangxiang");
            assertThat(jdbc.sql("SELECT count(*) FROM staff_account")
                            .query(Long.class)
                            .single())
                    .as("demo accounts in the external database")
                    .isPositive();
            assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_record").update())
                    .hasRootCauseMessage("ERROR: permission denied for table audit_record");
            try (Connection owner = DriverManager.getConnection(url, "lx_owner", "owner-secret");
                    Statement s = owner.createStatement();
                    var rs = s.executeQuery(
                            "SELECT string_agg(DISTINCT installed_by, ',') FROM flyway_schema_history")) {
                rs.next();
                assertThat(rs.getString(1)).as("migrations ran as the owner").isEqualTo("lx_owner");
            }
        } finally {
            EmbeddedDatabase.stop(dataDir);
        }
    }
}
