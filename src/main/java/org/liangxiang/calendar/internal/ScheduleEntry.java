package org.liangxiang.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.calendar.WorkingDayScheduleEntered;
import org.liangxiang.shared.event.EventEnvelope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator enters (or corrects) a year's schedule. In one transaction: the rules are checked, the year's days
 * replaced, {@link WorkingDayScheduleEntered} published (the JDBC event registry stores it with the change) and the
 * new schedule installed in memory on commit. The audit record is written in the same transaction.
 */
@Service
public class ScheduleEntry {

    public static final String CHANNEL = "ADMIN_API";

    private final ScheduleStore store;
    private final CurrentSchedule current;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;

    ScheduleEntry(ScheduleStore store, CurrentSchedule current, ApplicationEventPublisher events, AuditTrail audit) {
        this.audit = audit;
        this.store = store;
        this.current = current;
        this.events = events;
    }

    @Transactional
    public WorkingDayScheduleEntered enter(int year, YearScheduleForm form, String actorId) {
        List<ScheduleDay> days = ScheduleRules.check(year, form);
        rejectDaysNamedByOtherYears(year, days);
        boolean replacedProvisional = store.replace(year, days, form.source().strip(), actorId);
        WorkingDayScheduleEntered entered =
                new WorkingDayScheduleEntered(EventEnvelope.of(actorId, CHANNEL), year, replacedProvisional);
        events.publishEvent(entered);
        audit.record(AuditEntry.of("WORKING_DAY_SCHEDULE_ENTERED", actorId)
                .withObject("CALENDAR_YEAR", Integer.toString(year))
                .withChange(replacedProvisional ? "PROVISIONAL" : "PUBLISHED", "PUBLISHED")
                .withReason(days.size() + " days from " + form.source().strip()));
        current.installAfterCommit();
        return entered;
    }

    private void rejectDaysNamedByOtherYears(int year, List<ScheduleDay> days) {
        Map<LocalDate, Integer> named = store.namedByOtherYears(
                year, days.stream().map(ScheduleDay::date).toList());
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            Integer other = named.get(days.get(i).date());
            if (other != null) {
                violations.add(Violation.of("days[" + i + "].date", "named-by-other-year", other));
            }
        }
        if (!violations.isEmpty()) {
            throw new InputRejected(violations);
        }
    }
}
