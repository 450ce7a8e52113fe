package org.liangxiang.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.liangxiang.calendar.internal.BundledSchedules;
import org.liangxiang.calendar.internal.Schedule;
import org.liangxiang.calendar.internal.ScheduleDay;

/** Properties of plus and between over random dates (published and unpublished years alike), from a fixed seed. */
class WorkingDaysPropertyTests {

    static final List<ScheduleDay> BUNDLED = BundledSchedules.days();
    static final WorkingDays workingDays = new WorkingDays(() -> Schedule.of(
            BUNDLED, BUNDLED.stream().map(ScheduleDay::year).distinct().toList()));

    static final LocalDate FIRST = LocalDate.of(2019, 6, 1);
    static final int SPAN = (int) (LocalDate.of(2028, 6, 1).toEpochDay() - FIRST.toEpochDay());

    @Test
    void plusAndBetweenAgreeWithEachDayCheckedOneByOne() {
        Random random = new Random(20261129L);
        for (int i = 0; i < 2_000; i++) {
            LocalDate from = FIRST.plusDays(random.nextInt(SPAN));
            int n = random.nextInt(61);
            String label = "plus(" + from + ", " + n + ")";

            WorkingDayDate plus = workingDays.plus(from, n);
            int counted = 0;
            Set<Integer> provisional = new TreeSet<>();
            for (LocalDate day = from.plusDays(1); !day.isAfter(plus.date()); day = day.plusDays(1)) {
                WorkingDayCheck check = workingDays.isWorkingDay(day);
                counted += check.workingDay() ? 1 : 0;
                provisional.addAll(check.provisionalYears());
            }

            assertThat(counted).as(label).isEqualTo(n);
            assertThat(plus.provisionalYears()).as(label).containsExactlyElementsOf(provisional);
            if (n > 0) {
                assertThat(workingDays.isWorkingDay(plus.date()).workingDay())
                        .as(label)
                        .isTrue();
            }
            WorkingDayCount between = workingDays.between(from, plus.date());
            assertThat(between.workingDays()).as(label).isEqualTo(n);
            assertThat(between.provisionalYears()).as(label).isEqualTo(plus.provisionalYears());
            assertThat(workingDays.between(plus.date(), from).workingDays())
                    .as(label)
                    .isEqualTo(-n);
        }
    }
}
