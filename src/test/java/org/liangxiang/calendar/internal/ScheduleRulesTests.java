package org.liangxiang.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.calendar.DayKind;

/** The rules a year's schedule must follow before it is stored (docs/calendar.md, "Entering a year"). */
class ScheduleRulesTests {

    static final YearScheduleForm.Day NEW_YEAR = new YearScheduleForm.Day("2027-01-01", "HOLIDAY", "元旦");

    static YearScheduleForm formWith(YearScheduleForm.Day... days) {
        List<YearScheduleForm.Day> all = new ArrayList<>(List.of(NEW_YEAR));
        all.addAll(List.of(days));
        return new YearScheduleForm("国务院办公厅关于2027年部分节假日安排的通知", all);
    }

    static List<Violation> violations(int year, YearScheduleForm form) {
        try {
            ScheduleRules.check(year, form);
            return List.of();
        } catch (InputRejected e) {
            return e.violations();
        }
    }

    @ParameterizedTest(name = "{0} {1} {2} -> {3} {4}")
    @CsvSource({
        "2027-13-01, HOLIDAY,        春节, days[1].date, date-format",
        "2027/02/06, HOLIDAY,        春节, days[1].date, date-format",
        "'',         HOLIDAY,        春节, days[1].date, required",
        "2027-02-06, HOLYDAY,        春节, days[1].kind, one-of",
        "2027-02-06, '',             春节, days[1].kind, required",
        "2027-02-06, HOLIDAY,        '',   days[1].name, required",
        "2028-02-01, HOLIDAY,        春节, days[1].date, in-year",
        "2026-11-30, HOLIDAY,        元旦, days[1].date, in-year",
        "2027-01-01, HOLIDAY,        元旦, days[1].date, unique",
        "2027-01-04, MAKEUP_WORKDAY, 元旦, days[1].date, makeup-on-weekend",
    })
    void namesTheFieldAndTheRuleABadDayBreaks(String date, String kind, String name, String field, String rule) {
        List<Violation> violations = violations(2027, formWith(new YearScheduleForm.Day(date, kind, name)));

        assertThat(violations)
                .extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(field, rule));
    }

    @ParameterizedTest(name = "{0} {1} is accepted in 2027's schedule")
    @CsvSource({
        "2026-12-31, HOLIDAY,        元旦 (as 2022-12-31 was in 2023's)",
        "2026-12-26, MAKEUP_WORKDAY, 元旦 (a Saturday before the year)",
        "2028-01-30, MAKEUP_WORKDAY, 春节 (a Sunday after the year)",
        "2027-02-06, MAKEUP_WORKDAY, 春节 (a Saturday)",
        "2027-10-02, HOLIDAY,        国庆节 (a holiday on a Saturday)",
    })
    void acceptsDaysInTheYearAndAtItsEdges(String date, String kind, String name) {
        List<ScheduleDay> days = ScheduleRules.check(2027, formWith(new YearScheduleForm.Day(date, kind, name)));

        assertThat(days).hasSize(2);
        assertThat(days.get(1).year()).isEqualTo(2027);
        assertThat(days.get(1).kind()).isEqualTo(DayKind.valueOf(kind));
    }

    @ParameterizedTest(name = "year {0} -> {1}")
    @CsvSource({"1999, range", "3000, range"})
    void refusesAYearOutOfRange(int year, String rule) {
        assertThat(violations(year, formWith()))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("year", rule));
    }

    @Test
    void reportsEveryBrokenRuleAtOnce() {
        YearScheduleForm form = new YearScheduleForm(
                " ",
                List.of(
                        new YearScheduleForm.Day("2027-1-1", "HOLIDAY", "元旦"),
                        new YearScheduleForm.Day("2027-05-03", "WORKDAY", "劳动节")));

        assertThat(violations(2027, form))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("source", "required"),
                        org.assertj.core.groups.Tuple.tuple("days[0].date", "date-format"),
                        org.assertj.core.groups.Tuple.tuple("days[1].kind", "one-of"));
    }

    @Test
    void refusesAScheduleWithoutDays() {
        assertThat(violations(2027, new YearScheduleForm("通知", List.of())))
                .extracting(Violation::field, Violation::rule)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("days", "required"));
        assertThatThrownBy(() -> ScheduleRules.check(2027, null)).isInstanceOf(InputRejected.class);
    }
}
