package org.liangxiang.notification;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.liangxiang.shared.database.RetentionPurge;
import org.liangxiang.shared.database.RetentionPurge.Purged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes the inbox's handled rows older than {@code liangxiang.notification.inbox-retention} (default 30 days), daily,
 * through the database function {@code notification_inbox_purge}: the runtime role may not delete from the inbox, only
 * call the function, which never removes a pending row. One call per batch ({@code inbox-purge-batch-size}, 1,000),
 * each its own statement, until a batch comes back short. Like the completed-event cleanup, this housekeeping is
 * logged (a count) but not audited: the rows are ids and codes of notices already written and audited.
 */
@Component
class InboxPurge {

    private static final Logger log = LoggerFactory.getLogger(InboxPurge.class);

    private final JdbcClient jdbc;
    private final Duration retention;
    private final int batchSize;

    InboxPurge(
            JdbcClient jdbc,
            @Value("${liangxiang.notification.inbox-retention:P30D}") Duration retention,
            @Value("${liangxiang.notification.inbox-purge-batch-size:1000}") int batchSize) {
        if (retention.isNegative() || batchSize < 1) {
            throw new IllegalArgumentException("liangxiang.notification: inbox-retention must not be negative (was "
                    + retention + ") and inbox-purge-batch-size must be positive (was " + batchSize + ")");
        }
        this.jdbc = jdbc;
        this.retention = retention;
        this.batchSize = batchSize;
    }

    @Scheduled(cron = "${liangxiang.notification.inbox-purge-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "notification-inbox-purge", lockAtMostFor = "PT2H")
    public void run() {
        Purged purged = purge(retention, batchSize);
        log.info(
                "Notification inbox: purged {} handled rows older than {} in {} batches",
                purged.rows(),
                retention,
                purged.batches());
    }

    /** Removes the handled rows older than the retention, a batch at a time until a batch comes back short. */
    Purged purge(Duration retention, int batchSize) {
        return RetentionPurge.run(jdbc, "notification_inbox_purge", retention, batchSize);
    }
}
