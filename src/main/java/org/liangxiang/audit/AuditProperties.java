package org.liangxiang.audit;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the audit trail ({@code liangxiang.audit.*}); docs/audit.md explains each.
 *
 * @param retention how long records are kept before the purge may remove them: a Period ({@code 180d}, {@code P6M},
 *     {@code P1Y}); at least six months (counted as 180 days), or the application refuses to start
 * @param sealInterval the pause between two runs of the sealing job (read by its {@code @Scheduled})
 * @param settleTimeout how long one sealing run waits for transactions that may still hold unsealed records
 * @param sealBatchSize records sealed per transaction
 * @param checkpointInterval a signed checkpoint is written when the chain has grown and the last one is this old
 * @param purgeCron when the retention purge runs (read by its {@code @Scheduled})
 * @param clockTolerance how far a record's time may run behind its predecessor's before verification calls it out of
 *     order (numbers and times are taken a moment apart, so concurrent inserts can cross by microseconds)
 */
@ConfigurationProperties("liangxiang.audit")
record AuditProperties(
        Period retention,
        Duration sealInterval,
        Duration settleTimeout,
        Integer sealBatchSize,
        Duration checkpointInterval,
        String purgeCron,
        Duration clockTolerance) {

    static final int MINIMUM_RETENTION_DAYS = 180;

    AuditProperties {
        retention = retention == null ? Period.ofDays(MINIMUM_RETENTION_DAYS) : retention;
        sealInterval = sealInterval == null ? Duration.ofMinutes(1) : sealInterval;
        settleTimeout = settleTimeout == null ? Duration.ofSeconds(20) : settleTimeout;
        sealBatchSize = sealBatchSize == null ? 1000 : sealBatchSize;
        checkpointInterval = checkpointInterval == null ? Duration.ofMinutes(10) : checkpointInterval;
        purgeCron = purgeCron == null ? "0 30 3 * * *" : purgeCron;
        clockTolerance = clockTolerance == null ? Duration.ofMinutes(1) : clockTolerance;
        if (retention.isNegative() || retentionDays(retention) < MINIMUM_RETENTION_DAYS) {
            throw new IllegalArgumentException("liangxiang.audit.retention is " + retention
                    + ", but audit records must be kept at least six months (" + MINIMUM_RETENTION_DAYS
                    + " days, e.g. 180d or P6M): set liangxiang.audit.retention to 180d or more");
        }
        if (sealBatchSize < 1) {
            throw new IllegalArgumentException("liangxiang.audit.seal-batch-size must be at least 1");
        }
    }

    /** A month counts as 30 days, the way PostgreSQL compares intervals (which the purge function also checks). */
    static long retentionDays(Period period) {
        return period.toTotalMonths() * 30L + period.getDays();
    }

    /** The retention as a PostgreSQL interval literal (ISO 8601, which PostgreSQL reads). */
    String retentionInterval() {
        return retention.toString();
    }
}
