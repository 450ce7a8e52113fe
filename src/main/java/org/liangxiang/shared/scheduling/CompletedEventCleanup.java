package org.liangxiang.shared.scheduling;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes event publications that every listener completed more than {@code liangxiang.events.keep-completed} ago
 * (default 30 days): the outbox table would otherwise grow by one row per event and listener for ever. Incomplete
 * publications stay until delivered; the audit trail, not this table, is the record of what happened.
 */
@Component
class CompletedEventCleanup {

    private final CompletedEventPublications completed;
    private final Duration keep;

    CompletedEventCleanup(
            CompletedEventPublications completed, @Value("${liangxiang.events.keep-completed:P30D}") Duration keep) {
        if (keep.isNegative()) {
            throw new IllegalArgumentException("liangxiang.events.keep-completed: must not be negative, was " + keep);
        }
        this.completed = completed;
        this.keep = keep;
    }

    @Scheduled(cron = "${liangxiang.events.cleanup-cron:0 15 4 * * *}")
    @SchedulerLock(name = "completed-event-cleanup", lockAtMostFor = "PT1H")
    void removeOldCompleted() {
        completed.deletePublicationsOlderThan(keep);
    }
}
