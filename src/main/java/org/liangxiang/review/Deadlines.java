package org.liangxiang.review;

import java.time.LocalDate;
import org.liangxiang.calendar.WorkingDayDate;
import org.liangxiang.calendar.WorkingDays;
import org.liangxiang.shared.ChinaTime;
import org.springframework.stereotype.Component;

/** Today in China and the working-day arithmetic every due date of a case uses. */
@Component
class Deadlines {

    private final WorkingDayArithmetic days;

    Deadlines(WorkingDays workingDays) {
        this.days = WorkingDayArithmetic.of(workingDays);
    }

    WorkingDayArithmetic days() {
        return days;
    }

    LocalDate today() {
        return ChinaTime.today();
    }

    WorkingDayDate plus(LocalDate from, int n) {
        return days.plus(from, n);
    }

    /** Working days from {@code today} to the due date: negative when overdue, null when nothing is due. */
    Integer workingDaysLeft(LocalDate due, LocalDate today) {
        return due == null ? null : days.between(today, due).workingDays();
    }

    static boolean overdue(LocalDate due, LocalDate today) {
        return due != null && today.isAfter(due);
    }
}
