package org.liangxiang.notification;

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
 * The inbox's retention purge, as the runtime role: old handled rows go, in batches until one comes back short; recent
 * handled rows and pending rows (however old) stay; the role itself still may not delete from the inbox. Each scenario
 * runs in a transaction rolled back at its end, so the inbox's job never sees its rows and other tests never see the
 * purge.
 */
@IntegrationTest
class InboxPurgeIntegrationTests {

    private static final Duration RETENTION = Duration.ofDays(30);

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InboxPurge purge;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void oldHandledRowsGoInBatchesAndRecentOrPendingRowsStay() {
        inRolledBackTransaction(() -> {
            purge.purge(RETENTION, 1_000); // what an earlier test may have left old, so that the counts below are ours
            List<UUID> oldHandled = rows(3, "now() - INTERVAL '400 days'", "now() - INTERVAL '31 days'");
            List<UUID> recentHandled = rows(2, "now() - INTERVAL '400 days'", "now() - INTERVAL '29 days'");
            List<UUID> pending = Stream.concat(
                            rows(2, "now() - INTERVAL '400 days'", "NULL").stream(), rows(1, "now()", "NULL").stream())
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
    void theRuntimeRoleStillMayNotDeleteFromTheInbox() {
        UUID row = rows(1, "now() - INTERVAL '400 days'", "now() - INTERVAL '400 days'")
                .get(0);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM notification_inbox WHERE event_id = ?")
                        .param(row)
                        .update())
                .satisfies(thrown -> assertThat(sqlState(thrown)).isEqualTo("42501"));
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE notification_inbox").update())
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

    /** New inbox rows of one application, recorded and handled at the given SQL times (handled NULL: pending). */
    private List<UUID> rows(int count, String recordedAt, String handledAt) {
        UUID application = UUID.randomUUID();
        List<UUID> ids = Stream.generate(UUID::randomUUID).limit(count).toList();
        for (UUID id : ids) {
            jdbc.sql("INSERT INTO notification_inbox (event_id, kind, application_id, parameters, recorded_at,"
                            + " handled_at) VALUES (?, ?, ?, ARRAY[]::text[], " + recordedAt + ", " + handledAt + ")")
                    .params(id, NoticeKind.values()[0].name(), application)
                    .update();
        }
        return ids;
    }

    private List<UUID> present(List<UUID> ids) {
        return jdbc.sql("SELECT event_id FROM notification_inbox WHERE event_id IN (:ids)")
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
