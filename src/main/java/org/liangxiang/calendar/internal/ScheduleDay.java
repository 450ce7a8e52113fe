package org.liangxiang.calendar.internal;

import java.time.LocalDate;
import java.util.Objects;
import org.liangxiang.calendar.DayKind;

/**
 * One day of a published schedule that departs from the Monday-to-Friday week.
 *
 * @param year the schedule the day belongs to; usually the date's year, but 2023's 元旦 began on 2022-12-31
 * @param date the day
 * @param kind a day off, or a weekend day worked
 * @param name the festival, in Chinese (e.g. 春节)
 */
public record ScheduleDay(int year, LocalDate date, DayKind kind, String name) {

    public ScheduleDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
