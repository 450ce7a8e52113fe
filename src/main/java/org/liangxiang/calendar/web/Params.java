package org.liangxiang.calendar.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.liangxiang.calendar.internal.Violation;

/** Reads request parameters given as text, so that each bad value is reported against its own parameter. */
final class Params {

    private Params() {}

    static LocalDate date(String name, String text, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(Violation.of(name, "required"));
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(Violation.of(name, "date-format", text));
            return null;
        }
    }

    static Integer integer(String name, String text, int min, int max, List<Violation> violations) {
        int value;
        try {
            value = Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            violations.add(Violation.of(name, "integer", text));
            return null;
        }
        if (value < min || value > max) {
            violations.add(Violation.of(name, "range", min, max));
            return null;
        }
        return value;
    }
}
