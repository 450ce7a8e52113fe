package org.liangxiang.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.liangxiang.calendar.DayKind;

/**
 * The rules a year's schedule must follow before it is stored (docs/calendar.md, "Entering a year"). Every broken rule
 * is reported, each against its own field.
 */
public final class ScheduleRules {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2999;
    public static final int MAX_DAYS = 120;
    public static final int MAX_SOURCE = 200;
    public static final int MAX_NAME = 50;

    private ScheduleRules() {}

    /** The form's days when it follows every rule; otherwise {@link InputRejected} naming each broken rule. */
    public static List<ScheduleDay> check(int year, YearScheduleForm form) {
        List<Violation> violations = new ArrayList<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InputRejected(List.of(Violation.of("year", "range", FIRST_YEAR, LAST_YEAR)));
        }
        String source = form == null ? null : form.source();
        if (source == null || source.isBlank()) {
            violations.add(Violation.of("source", "required"));
        } else if (source.length() > MAX_SOURCE) {
            violations.add(Violation.of("source", "max-length", MAX_SOURCE));
        }
        List<YearScheduleForm.Day> days = form == null ? null : form.days();
        List<ScheduleDay> checked = new ArrayList<>();
        if (days == null || days.isEmpty()) {
            violations.add(Violation.of("days", "required"));
        } else if (days.size() > MAX_DAYS) {
            violations.add(Violation.of("days", "max-size", MAX_DAYS));
        } else {
            Set<LocalDate> seen = new HashSet<>();
            for (int i = 0; i < days.size(); i++) {
                ScheduleDay day = checkDay(year, "days[" + i + "]", days.get(i), seen, violations);
                if (day != null) {
                    checked.add(day);
                }
            }
        }
        if (!violations.isEmpty()) {
            throw new InputRejected(violations);
        }
        return List.copyOf(checked);
    }

    private static ScheduleDay checkDay(
            int year, String field, YearScheduleForm.Day day, Set<LocalDate> seen, List<Violation> violations) {
        if (day == null) {
            violations.add(Violation.of(field, "required"));
            return null;
        }
        int before = violations.size();
        LocalDate date = date(field + ".date", day.date(), violations);
        DayKind kind = kind(field + ".kind", day.kind(), violations);
        String name = day.name() == null ? null : day.name().strip();
        if (name == null || name.isEmpty()) {
            violations.add(Violation.of(field + ".name", "required"));
        } else if (name.length() > MAX_NAME) {
            violations.add(Violation.of(field + ".name", "max-length", MAX_NAME));
        }
        if (date != null) {
            if (date.isBefore(LocalDate.of(year - 1, 12, 1)) || date.isAfter(LocalDate.of(year + 1, 1, 31))) {
                violations.add(Violation.of(field + ".date", "in-year", year));
            } else if (!seen.add(date)) {
                violations.add(Violation.of(field + ".date", "unique", date.toString()));
            } else if (kind == DayKind.MAKEUP_WORKDAY && !isWeekend(date)) {
                violations.add(Violation.of(field + ".date", "makeup-on-weekend", date.toString()));
            }
        }
        return violations.size() == before ? new ScheduleDay(year, date, kind, name) : null;
    }

    private static LocalDate date(String field, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(Violation.of(field, "required"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(Violation.of(field, "date-format", text));
            return null;
        }
    }

    private static DayKind kind(String field, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(Violation.of(field, "required"));
            return null;
        }
        try {
            return DayKind.valueOf(text.strip());
        } catch (IllegalArgumentException e) {
            violations.add(Violation.of(field, "one-of", text, "HOLIDAY, MAKEUP_WORKDAY"));
            return null;
        }
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
