package org.liangxiang.review;

import java.time.LocalDate;
import org.liangxiang.calendar.WorkingDayCount;
import org.liangxiang.calendar.WorkingDayDate;
import org.liangxiang.calendar.WorkingDays;

/**
 * The two working-day answers a deadline needs, as {@link WorkingDays} gives them (the triggering day is never
 * counted). The deadline logic takes this rather than the service so that it can be tested over any schedule.
 */
interface WorkingDayArithmetic {

    WorkingDayDate plus(LocalDate from, int n);

    WorkingDayCount between(LocalDate from, LocalDate to);

    static WorkingDayArithmetic of(WorkingDays days) {
        return new WorkingDayArithmetic() {
            @Override
            public WorkingDayDate plus(LocalDate from, int n) {
                return days.plus(from, n);
            }

            @Override
            public WorkingDayCount between(LocalDate from, LocalDate to) {
                return days.between(from, to);
            }
        };
    }
}
