package org.liangxiang.calendar.internal;

import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The schedule every answer is computed from, held in memory (a few hundred days) so that working-day arithmetic never
 * queries the database. This node installs a new picture as soon as an entry commits; the other nodes pick it up
 * within {@code liangxiang.calendar.refresh} (one minute by default). The refresh is deliberately not locked with
 * ShedLock: every node refreshes its own memory.
 */
@Component
public class CurrentSchedule {

    private final ScheduleStore store;
    private volatile Schedule schedule;

    CurrentSchedule(ScheduleStore store) {
        this.store = store;
    }

    public Schedule get() {
        Schedule current = schedule;
        return current != null ? current : reload();
    }

    public Schedule reload() {
        Schedule loaded = store.load();
        schedule = loaded;
        return loaded;
    }

    /**
     * Reads the schedule as the current transaction sees it and installs it when the transaction commits, before any
     * after-commit event listener runs (so a listener that recomputes deadlines already sees the new schedule).
     */
    public void installAfterCommit() {
        Schedule pending = store.load();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                schedule = pending;
            }

            @Override
            public int getOrder() {
                return Ordered.HIGHEST_PRECEDENCE;
            }
        });
    }

    @Scheduled(
            initialDelayString = "${liangxiang.calendar.refresh:PT1M}",
            fixedDelayString = "${liangxiang.calendar.refresh:PT1M}")
    void refresh() {
        reload();
    }
}
