package org.liangxiang.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.calendar.DayKind;

/** The bundled data file against the State Council notices it was converted from. */
class BundledSchedulesTests {

    static final List<ScheduleDay> DAYS = BundledSchedules.days();

    @ParameterizedTest(name = "{0}: {1} holidays, {2} make-up working days")
    @CsvSource({
        "2020, 29, 6, 国务院办公厅关于2020年部分节假日安排的通知 and 关于延长2020年春节假期的通知",
        "2021, 31, 7, 国务院办公厅关于2021年部分节假日安排的通知",
        "2022, 31, 7, 国务院办公厅关于2022年部分节假日安排的通知",
        "2023, 27, 7, 国务院办公厅关于2023年部分节假日安排的通知",
        "2024, 28, 8, 国务院办公厅关于2024年部分节假日安排的通知",
        "2025, 28, 5, 国务院办公厅关于2025年部分节假日安排的通知",
        "2026, 33, 6, 国务院办公厅关于2026年部分节假日安排的通知",
    })
    void eachYearHasItsNoticesDays(int year, long holidays, long makeupDays, String notice) {
        assertThat(count(year, DayKind.HOLIDAY)).as(notice).isEqualTo(holidays);
        assertThat(count(year, DayKind.MAKEUP_WORKDAY)).as(notice).isEqualTo(makeupDays);
    }

    @Test
    void makeUpWorkingDaysFallOnWeekendsAndNoDateRepeats() {
        assertThat(DAYS)
                .filteredOn(d -> d.kind() == DayKind.MAKEUP_WORKDAY)
                .allMatch(d -> d.date().getDayOfWeek() == DayOfWeek.SATURDAY
                        || d.date().getDayOfWeek() == DayOfWeek.SUNDAY);
        assertThat(DAYS.stream().map(ScheduleDay::date).distinct().count()).isEqualTo(DAYS.size());
        assertThat(DAYS).allMatch(d -> Math.abs(d.date().getYear() - d.year()) <= 1);
    }

    private static long count(int year, DayKind kind) {
        return DAYS.stream().filter(d -> d.year() == year && d.kind() == kind).count();
    }
}
