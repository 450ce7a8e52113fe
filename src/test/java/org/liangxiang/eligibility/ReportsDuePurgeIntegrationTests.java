package org.liangxiang.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.shared.database.RetentionPurge;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention purge of the evidence reports owed, as the runtime role: old handled rows go, in batches until one
 * comes back short; recent handled rows, pending rows (however old) and rows given up after five attempts stay; the
 * role itself still may not delete from the table. Each scenario runs in a transaction rolled back at its end, so the
 * reports' job never sees its rows and other tests never see the purge.
 */
@IntegrationTest
class ReportsDuePurgeIntegrationTests {

    private static final Duration RETENTION = Duration.ofDays(30);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReportsDuePurge purge;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void oldHandledRowsGoInBatchesAndRecentOrPendingRowsStay() {
        inRolledBackTransaction(() -> {
            purge.purge(RETENTION, 1_000); // what an earlier test may have left old, so that the counts below are ours
            List<UUID> oldHandled = rows(3, "now() - INTERVAL '400 days'", "now() - INTERVAL '31 days'");
            List<UUID> recentHandled = rows(2, "now() - INTERVAL '400 days'", "now() - INTERVAL '29 days'");
            List<UUID> pending = Stream.of(
                            rows(2, "now() - INTERVAL '400 days'", "NULL"),
                            rows(1, "now()", "NULL"),
                            rows(1, "now() - INTERVAL '400 days'", "NULL", SubmissionReports.MOST_ATTEMPTS))
                    .flatMap(List::stream)
                    .toList();

            assertThat(purge.purge(RETENTION, 2)).isEqualTo(new RetentionPurge.Purged(3, 2));

            assertThat(present(oldHandled)).isEmpty();
            assertThat(present(recentHandled)).containsExactlyInAnyOrderElementsOf(recentHandled);
            assertThat(present(pending)).containsExactlyInAnyOrderElementsOf(pending);

            List<UUID> more = rows(4, "now() - INTERVAL '90 days'", "now() - INTERVAL '60 days'");
            assertThat(purge.purge(RETENTION, 2)).isEqualTo(new RetentionPurge.Purged(4, 3));
            assertThat(purge.purge(RETENTION, 2)).isEqualTo(new RetentionPurge.Purged(0, 1));
            assertThat(present(more)).isEmpty();
            assertThat(present(pending)).containsExactlyInAnyOrderElementsOf(pending);
        });
    }

    @Test
    void aZeroRetentionStillLeavesPendingRows() {
        inRolledBackTransaction(() -> {
            List<UUID> pending = rows(2, "now() - INTERVAL '10 years'", "NULL");
            purge.purge(Duration.ZERO, 1_000);
            assertThat(present(pending)).containsExactlyInAnyOrderElementsOf(pending);
        });
    }

    @Test
    void theRuntimeRoleStillMayNotDeleteFromTheTable() {
        UUID row = rows(1, "now() - INTERVAL '400 days'", "now() - INTERVAL '400 days'")
                .get(0);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM elig_report_due WHERE application_id = ?")
                        .param(row)
                        .update())
                .satisfies(thrown -> assertThat(sqlState(thrown)).isEqualTo("42501"));
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE elig_report_due").update())
                .satisfies(thrown -> assertThat(sqlState(thrown)).isEqualTo("42501"));
        assertThat(present(List.of(row))).containsExactly(row);
    }

    @Test
    void theFunctionRefusesANegativeRetentionOrAnEmptyBatch() {
        assertThatThrownBy(() -> purge.purge(Duration.ofDays(-1), 10))
                .satisfies(thrown -> assertThat(sqlState(thrown)).isEqualTo("22023"));
        assertThatThrownBy(() -> purge.purge(RETENTION, 0))
                .satisfies(thrown -> assertThat(sqlState(thrown)).isEqualTo("22023"));
    }

    /** New rows, recorded and handled at the given SQL times (handled NULL: pending), after so many attempts. */
    private List<UUID> rows(int count, String recordedAt, String handledAt, int attempts) {
        List<UUID> ids = Stream.generate(UUID::randomUUID).limit(count).toList();
        for (UUID id : ids) {
            jdbc.sql("INSERT INTO elig_report_due (application_id, subsidies, recorded_at, handled_at, attempts)"
                            + " VALUES (?, ARRAY['LIVING']::text[], " + recordedAt + ", " + handledAt + ", ?)")
                    .params(id, attempts)
                    .update();
        }
        return ids;
    }

    private List<UUID> rows(int count, String recordedAt, String handledAt) {
        return rows(count, recordedAt, handledAt, 0);
    }

    private List<UUID> present(List<UUID> ids) {
        return jdbc.sql("SELECT application_id FROM elig_report_due WHERE application_id IN (:ids)")
                .param("ids", ids)
                .query(UUID.class)
                .list();
    }

    private void inRolledBackTransaction(Runnable scenario) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            scenario.run();
            status.setRollbackOnly();
        });
    }

    private static String sqlState(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SQLException e) {
                return e.getSQLState();
            }
        }
        return null;
    }
}
