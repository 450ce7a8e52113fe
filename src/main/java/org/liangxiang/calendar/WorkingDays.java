package org.liangxiang.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import org.liangxiang.calendar.internal.CurrentSchedule;
import org.liangxiang.calendar.internal.Schedule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * Working-day arithmetic over the State Council's holiday schedules (docs/calendar.md). Answers come from memory (no
 * query per call) and each says whether it is provisional: whether it relied on a year without a published schedule,
 * for which Monday to Friday is assumed. Store {@link WorkingDayDate#provisionalYears()} with a deadline and recompute
 * it on {@link WorkingDayScheduleEntered} for one of those years.
 *
 * <p>Counting follows the administrative-licensing convention (《行政许可法》第八十二条: periods in working days, without
 * statutory holidays) and the rule for periods (《民法典》第二百零一条): the triggering day is never counted, the period
 * starts the day after.
 */
@Service
public class WorkingDays {

    private final Supplier<Schedule> schedule;

    @Autowired
    WorkingDays(CurrentSchedule current) {
        this(current::get);
    }

    WorkingDays(Supplier<Schedule> schedule) {
        this.schedule = schedule;
    }

    /** Whether the date is a working day: a make-up working day, or a Monday to Friday that is not a holiday. */
    public WorkingDayCheck isWorkingDay(LocalDate date) {
        return schedule.get().check(Objects.requireNonNull(date, "date"));
    }

    /**
     * The {@code n}-th working day after {@code date} ({@code n >= 0}): a deadline of {@code n} working days from a
     * triggering day. The date itself is not counted, so {@code plus(d, 0)} is {@code d} whatever day it is, and for
     * {@code n > 0} the answer is always a working day.
     *
     * @throws IllegalArgumentException when {@code n} is negative
     */
    public WorkingDayDate plus(LocalDate date, int n) {
        return schedule.get().plus(Objects.requireNonNull(date, "date"), n);
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}: zero when they are the same day,
     * negative (minus the working days after {@code to} up to and including {@code from}) when {@code to} is earlier.
     * So {@code between(d, plus(d, n).date()) == n} and {@code between(a, b) == -between(b, a)}.
     */
    public WorkingDayCount between(LocalDate from, LocalDate to) {
        return schedule.get().between(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
    }
}
