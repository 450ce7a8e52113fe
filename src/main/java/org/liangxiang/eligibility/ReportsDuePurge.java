package org.liangxiang.eligibility;

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
 * Removes the handled rows of the evidence reports owed ({@code elig_report_due}) older than
 * {@code liangxiang.eligibility.reports-due-retention} (default 30 days), daily, through the database function
 * {@code elig_report_due_purge}: the runtime role may not delete from the table, only call the function, which never
 * removes a pending row (nor one left after five failed attempts, which is not handled). One call per batch
 * ({@code reports-due-purge-batch-size}, 1,000), each its own statement, until a batch comes back short. Like the
 * completed-event cleanup, this housekeeping is logged (a count) but not audited: the rows are ids and codes of reports
 * already stored and audited.
 */
@Component
class ReportsDuePurge {

    private static final Logger log = LoggerFactory.getLogger(ReportsDuePurge.class);

    private final JdbcClient jdbc;
    private final Duration retention;
    private final int batchSize;

    ReportsDuePurge(
            JdbcClient jdbc,
            @Value("${liangxiang.eligibility.reports-due-retention:P30D}") Duration retention,
            @Value("${liangxiang.eligibility.reports-due-purge-batch-size:1000}") int batchSize) {
        if (retention.isNegative() || batchSize < 1) {
            throw new IllegalArgumentException(
                    "liangxiang.eligibility: reports-due-retention must not be negative (was " + retention
                            + ") and reports-due-purge-batch-size must be positive (was " + batchSize + ")");
        }
        this.jdbc = jdbc;
        this.retention = retention;
        this.batchSize = batchSize;
    }

    @Scheduled(cron = "${liangxiang.eligibility.reports-due-purge-cron:0 45 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "eligibility-reports-due-purge", lockAtMostFor = "PT2H")
    public void run() {
        Purged purged = purge(retention, batchSize);
        log.info(
                "Evidence reports owed: purged {} handled rows older than {} in {} batches",
                purged.rows(),
                retention,
                purged.batches());
    }

    /** Removes the handled rows older than the retention, a batch at a time until a batch comes back short. */
    Purged purge(Duration retention, int batchSize) {
        return RetentionPurge.run(jdbc, "elig_report_due_purge", retention, batchSize);
    }
}
