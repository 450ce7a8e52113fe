package org.liangxiang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.calendar.internal.BundledSchedules;
import org.liangxiang.calendar.internal.Schedule;
import org.liangxiang.calendar.internal.ScheduleDay;

/** Working-day arithmetic over the bundled State Council schedules 2020-2026, each row citing its notice. */
class WorkingDaysTests {

    static final List<ScheduleDay> BUNDLED = BundledSchedules.days();
    static final WorkingDays workingDays = new WorkingDays(() -> Schedule.of(
            BUNDLED, BUNDLED.stream().map(ScheduleDay::year).distinct().toList()));

    @ParameterizedTest(name = "{0} working day: {1} ({2})")
    @CsvSource({
        "2025-09-28, true,  2025 国庆中秋: Sunday 9/28 worked",
        "2025-10-11, true,  2025 国庆中秋: Saturday 10/11 worked",
        "2025-09-30, true,  2025: Tuesday before the holiday",
        "2025-10-01, false, 2025 国庆中秋 10/1-10/8",
        "2025-10-02, false, 2025 国庆中秋 10/1-10/8",
        "2025-10-03, false, 2025 国庆中秋 10/1-10/8",
        "2025-10-04, false, 2025 国庆中秋 10/1-10/8",
        "2025-10-05, false, 2025 国庆中秋 10/1-10/8",
        "2025-10-06, false, 2025 国庆中秋 10/1-10/8",
        "2025-10-07, false, 2025 国庆中秋 10/1-10/8",
        "2025-10-08, false, 2025 国庆中秋 10/1-10/8",
        "2025-10-09, true,  2025: Thursday after the holiday",
        "2025-01-01, false, 2025 元旦",
        "2025-01-26, true,  2025 春节: Sunday 1/26 worked",
        "2025-01-28, false, 2025 春节 1/28-2/4 (除夕 a holiday from 2025)",
        "2025-02-04, false, 2025 春节 1/28-2/4",
        "2025-02-08, true,  2025 春节: Saturday 2/8 worked",
        "2025-04-04, false, 2025 清明 4/4-4/6",
        "2025-04-27, true,  2025 劳动节: Sunday 4/27 worked",
        "2025-05-05, false, 2025 劳动节 5/1-5/5",
        "2025-06-02, false, 2025 端午 5/31-6/2",
        "2025-03-12, true,  an ordinary Wednesday",
        "2025-03-15, false, an ordinary Saturday",
        "2024-02-09, true,  2024 春节 2/10-2/17: 除夕 Friday 2/9 was worked",
        "2024-02-10, false, 2024 春节 2/10-2/17",
        "2024-02-04, true,  2024 春节: Sunday 2/4 worked",
        "2024-02-18, true,  2024 春节: Sunday 2/18 worked",
        "2024-10-12, true,  2024 国庆: Saturday 10/12 worked",
        "2026-01-02, false, 2026 元旦 1/1-1/3",
        "2026-01-04, true,  2026 元旦: Sunday 1/4 worked",
        "2026-02-14, true,  2026 春节: Saturday 2/14 worked",
        "2026-02-16, false, 2026 春节 2/15-2/23",
        "2026-02-23, false, 2026 春节 2/15-2/23",
        "2026-02-24, true,  2026: Tuesday after 春节",
        "2026-02-28, true,  2026 春节: Saturday 2/28 worked",
        "2026-05-09, true,  2026 劳动节: Saturday 5/9 worked",
        "2026-06-19, false, 2026 端午 6/19-6/21",
        "2026-09-20, true,  2026 国庆: Sunday 9/20 worked",
        "2026-09-25, false, 2026 中秋 9/25-9/27",
        "2026-10-07, false, 2026 国庆 10/1-10/7",
        "2026-10-10, true,  2026 国庆: Saturday 10/10 worked",
        "2023-10-07, true,  2023 中秋国庆: Saturday 10/7 worked",
        "2022-12-31, false, 2023 元旦 12/31-1/2 (named by 2023's schedule)",
        "2020-01-31, false, 2020 春节 extended to 2/2 (关于延长2020年春节假期的通知)",
        "2020-02-01, false, 2020: the Saturday 2/1 make-up day was cancelled by the extension",
    })
    void answersFromThePublishedSchedule(LocalDate date, boolean expected, String notice) {
        WorkingDayCheck answer = workingDays.isWorkingDay(date);

        assertThat(answer.workingDay()).as(notice).isEqualTo(expected);
        assertThat(answer.provisional()).isFalse();
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2} ({3})")
    @CsvSource({
        "2025-09-30, 0, 2025-09-30, zero days: the triggering day itself",
        "2025-10-01, 0, 2025-10-01, zero days: even on a holiday",
        "2025-09-30, 1, 2025-10-09, across the 2025 National Day week",
        "2025-09-30, 2, 2025-10-10, ",
        "2025-09-30, 3, 2025-10-11, the make-up Saturday counts",
        "2025-09-30, 4, 2025-10-13, ",
        "2025-09-26, 1, 2025-09-28, the make-up Sunday counts",
        "2025-09-26, 5, 2025-10-10, acceptance in 5 working days from Friday 9/26",
        "2025-10-03, 1, 2025-10-09, triggered during the holiday",
        "2025-12-31, 1, 2026-01-04, 2026 元旦 then the make-up Sunday",
        "2024-02-08, 1, 2024-02-09, 2024-02-09 was worked",
        "2024-02-09, 1, 2024-02-18, 2024 春节 then the make-up Sunday",
        "2024-02-09, 2, 2024-02-19, ",
        "2025-01-24, 1, 2025-01-26, the make-up Sunday before 2025 春节",
        "2026-02-13, 1, 2026-02-14, the make-up Saturday before 2026 春节",
        "2026-02-13, 2, 2026-02-24, ",
        "2026-09-30, 1, 2026-10-08, across the 2026 National Day week",
    })
    void plusCountsFromTheDayAfter(LocalDate from, int n, LocalDate expected, String note) {
        WorkingDayDate answer = workingDays.plus(from, n);

        assertThat(answer.date()).as(note).isEqualTo(expected);
        assertThat(answer.provisional()).isFalse();
        assertThat(workingDays.between(from, expected).workingDays()).isEqualTo(n);
    }

    @ParameterizedTest(name = "between({0}, {1}) = {2}")
    @CsvSource({
        "2025-09-30, 2025-09-30,  0",
        "2025-09-30, 2025-10-09,  1",
        "2025-10-09, 2025-09-30, -1",
        "2025-10-01, 2025-10-08,  0",
        "2025-09-26, 2025-10-11,  6",
        "2025-10-11, 2025-09-26, -6",
        "2025-10-10, 2025-10-11,  1",
        "2025-10-11, 2025-10-12,  0",
    })
    void betweenCountsAfterFromUpToAndIncludingTo(LocalDate from, LocalDate to, int expected) {
        assertThat(workingDays.between(from, to).workingDays()).isEqualTo(expected);
    }

    /**
     * 《全国年节及纪念日放假办法》: 11 holidays a year, 13 from 2025 (除夕 and 5/2 added); make-up days keep the rest
     * of the year's weekends. 2020 lost two working days to the extended Spring Festival.
     */
    @ParameterizedTest(name = "{0}: {1} working days")
    @CsvSource({
        "2020, 249, 366 - 104 weekend days - 11 holidays - 1/31 and 2/1 (the 2020 extension)",
        "2021, 250, 365 - 104 - 11",
        "2022, 249, 365 - 105 - 11",
        "2023, 249, 365 - 105 - 11",
        "2024, 251, 366 - 104 - 11",
        "2025, 248, 365 - 104 - 13",
        "2026, 248, 365 - 104 - 13",
    })
    void aPublishedYearHasTheStatutoryNumberOfWorkingDays(int year, int expected, String arithmetic) {
        WorkingDayCount count = workingDays.between(LocalDate.of(year - 1, 12, 31), LocalDate.of(year, 12, 31));

        assertThat(count.workingDays()).as(arithmetic).isEqualTo(expected);
        assertThat(count.provisional()).isFalse();
    }

    @ParameterizedTest(name = "{0} (unpublished year): working day {1}")
    @CsvSource({
        "2027-01-01, true,  Friday: Monday to Friday is assumed, whatever 2027's 元旦 will be",
        "2027-01-02, false, Saturday",
        "2027-10-01, true,  Friday: no National Day holiday is known yet",
        "2030-10-01, true,  Tuesday",
        "2030-10-06, false, Sunday",
        "2019-10-01, true,  Tuesday: 2019 is not bundled either",
    })
    void anUnpublishedYearFallsBackToMondayToFridayAndSaysSo(LocalDate date, boolean expected, String note) {
        WorkingDayCheck answer = workingDays.isWorkingDay(date);

        assertThat(answer.workingDay()).as(note).isEqualTo(expected);
        assertThat(answer.provisional()).isTrue();
        assertThat(answer.provisionalYears()).containsExactly(date.getYear());
    }

    @ParameterizedTest(name = "plus({0}, {1}) = {2}, provisional years {3}")
    @CsvSource({
        "2026-12-30, 1, 2026-12-31, ''",
        "2026-12-30, 2, 2027-01-01, 2027",
        "2026-12-30, 3, 2027-01-04, 2027",
        "2029-12-28, 2, 2030-01-01, 2029 2030",
        "2030-06-05, 0, 2030-06-05, ''",
    })
    void plusNamesTheUnpublishedYearsItCounted(LocalDate from, int n, LocalDate expected, String years) {
        WorkingDayDate answer = workingDays.plus(from, n);

        assertThat(answer.date()).isEqualTo(expected);
        List<Integer> expectedYears = years.isBlank()
                ? List.of()
                : java.util.Arrays.stream(years.split(" "))
                        .map(Integer::valueOf)
                        .toList();
        assertThat(answer.provisionalYears()).isEqualTo(expectedYears);
        assertThat(answer.provisional()).isEqualTo(!expectedYears.isEmpty());
    }

    @Test
    void betweenNamesTheUnpublishedYearsItCounted() {
        assertThat(workingDays
                        .between(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))
                        .provisionalYears())
                .isEmpty();
        assertThat(workingDays
                        .between(LocalDate.of(2027, 3, 1), LocalDate.of(2026, 3, 1))
                        .provisionalYears())
                .containsExactly(2027);
    }

    @Test
    void refusesANegativeNumberOfDays() {
        assertThatThrownBy(() -> workingDays.plus(LocalDate.of(2025, 1, 1), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }
}
