package org.liangxiang.calendar.internal;

import java.util.List;
import org.liangxiang.calendar.WorkingDayScheduleEntered;
import org.liangxiang.shared.event.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At startup, before the web server takes requests, publishes each bundled year the database does not have yet (a new
 * release may bring one) and loads the schedule into memory. Each year it publishes is announced with {@link
 * WorkingDayScheduleEntered}, since answers for it may have been provisional until now.
 */
@Component
class BundledScheduleLoader implements SmartInitializingSingleton {

    static final String ACTOR = "system";
    static final String CHANNEL = "SYSTEM";

    private static final Logger log = LoggerFactory.getLogger(BundledScheduleLoader.class);

    private final ScheduleStore store;
    private final CurrentSchedule current;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    BundledScheduleLoader(
            ScheduleStore store,
            CurrentSchedule current,
            ApplicationEventPublisher events,
            TransactionTemplate transaction) {
        this.store = store;
        this.current = current;
        this.events = events;
        this.transaction = transaction;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<Integer> published = transaction.execute(status -> {
            List<Integer> years = store.publishIfAbsent(BundledSchedules.days(), BundledSchedules.SOURCE, ACTOR);
            years.forEach(year ->
                    events.publishEvent(new WorkingDayScheduleEntered(EventEnvelope.of(ACTOR, CHANNEL), year, true)));
            return years;
        });
        if (!published.isEmpty()) {
            log.info("Published the bundled holiday schedules of {}", published);
        }
        current.reload();
    }
}
