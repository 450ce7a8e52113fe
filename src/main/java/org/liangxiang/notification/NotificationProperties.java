package org.liangxiang.notification;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sending queued SMS ({@code liangxiang.notification.*}; docs/notification.md).
 *
 * @param maxAttempts attempts per SMS before it is given up (5)
 * @param firstRetry the wait after the first failure; it doubles after each further failure (1 minute)
 * @param batchSize SMS sent per run of the job at most (200)
 */
@ConfigurationProperties("liangxiang.notification")
record NotificationProperties(Integer maxAttempts, Duration firstRetry, Integer batchSize) {

    NotificationProperties {
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        firstRetry = firstRetry == null ? Duration.ofMinutes(1) : firstRetry;
        batchSize = batchSize == null ? 200 : batchSize;
        if (maxAttempts < 1 || batchSize < 1 || firstRetry.isNegative() || firstRetry.isZero()) {
            throw new IllegalArgumentException(
                    "liangxiang.notification: max-attempts, batch-size and first-retry must be positive");
        }
    }

    /** The wait after the {@code failures}-th failure: the first retry, doubled for each failure after the first. */
    Duration backoff(int failures) {
        return firstRetry.multipliedBy(1L << Math.min(Math.max(failures - 1, 0), 16));
    }
}
