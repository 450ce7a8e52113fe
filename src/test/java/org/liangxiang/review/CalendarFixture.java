package org.liangxiang.review;

import java.time.LocalDate;
import java.util.List;
import org.liangxiang.calendar.WorkingDayCount;
import org.liangxiang.calendar.WorkingDayDate;
import org.liangxiang.calendar.internal.BundledSchedules;
import org.liangxiang.calendar.internal.Schedule;
import org.liangxiang.calendar.internal.ScheduleDay;

/** The bundled State Council schedules 2020-2026, answered in memory as calendar.WorkingDays answers. */
final class CalendarFixture {

    static final WorkingDayArithmetic BUNDLED = over(BundledSchedules.days());

    private CalendarFixture() {}

    static WorkingDayArithmetic over(List<ScheduleDay> days) {
        Schedule schedule = Schedule.of(
                days, days.stream().map(ScheduleDay::year).distinct().toList());
        return new WorkingDayArithmetic() {
            @Override
            public WorkingDayDate plus(LocalDate from, int n) {
                return schedule.plus(from, n);
            }

            @Override
            public WorkingDayCount between(LocalDate from, LocalDate to) {
                return schedule.between(from, to);
            }
        };
    }
}
