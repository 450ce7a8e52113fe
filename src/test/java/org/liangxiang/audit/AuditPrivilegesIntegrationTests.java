package org.liangxiang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The application's own connection (the runtime role) can append to the trail and read it, and nothing more. */
@IntegrationTest
class AuditPrivilegesIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditPurgeJob purgeJob;

    static String sqlState(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLException e) {
                return e.getSQLState();
            }
        }
        return null;
    }

    @ParameterizedTest(name = "refused: {0}")
    @CsvSource(
            delimiter = ';',
            value = {
                "UPDATE audit_record SET reason = 'forged'",
                "DELETE FROM audit_record",
                "TRUNCATE audit_record",
                "UPDATE audit_seal SET hash = hash",
                "DELETE FROM audit_seal",
                "TRUNCATE audit_seal",
                "UPDATE audit_checkpoint SET signature = signature",
                "DELETE FROM audit_checkpoint",
                "TRUNCATE audit_checkpoint",
                "INSERT INTO audit_purge (up_to_seq, head_hash, cutoff, records_purged) VALUES (1, '\\x00', now(), 0)",
                "DELETE FROM audit_purge",
                "SELECT setval('audit_record_seq', 1)",
                "INSERT INTO audit_record (seq, id, type, actor_id) VALUES (1, gen_random_uuid(), 'FORGED', 'intruder')",
                "INSERT INTO audit_record (id, occurred_at, type, actor_id)"
                        + " VALUES (gen_random_uuid(), TIMESTAMPTZ '2000-01-01 00:00:00Z', 'FORGED', 'intruder')",
                "SELECT audit_purge_before(now())",
                "ALTER TABLE audit_record ALTER COLUMN seq DROP DEFAULT",
                "ALTER TABLE audit_record ALTER COLUMN occurred_at SET DEFAULT TIMESTAMPTZ '2000-01-01 00:00:00Z'",
                "DROP TABLE audit_seal"
            })
    void theRuntimeRoleIsRefused(String statement) {
        assertThatThrownBy(() -> jdbc.sql(statement).update())
                .satisfies(thrown -> assertThat(sqlState(thrown)).isEqualTo("42501"));
    }

    @Test
    void thePurgeRefusesARetentionUnderSixMonths() {
        assertThatThrownBy(() -> jdbc.sql("SELECT audit_purge(INTERVAL '30 days')")
                        .query(Long.class)
                        .single())
                .satisfies(thrown -> assertThat(sqlState(thrown)).isEqualTo("22023"))
                .hasMessageContaining("six months");
    }

    @Test
    void theRuntimeRoleMayRunThePurgeWhichKeepsEveryRecentRecord() {
        long before = jdbc.sql("SELECT count(*) FROM audit_record WHERE occurred_at > now() - INTERVAL '1 day'")
                .query(Long.class)
                .single();
        assertThat(purgeJob.purge()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_record WHERE occurred_at > now() - INTERVAL '1 day'")
                        .query(Long.class)
                        .single())
                .isGreaterThanOrEqualTo(before);
    }
}
