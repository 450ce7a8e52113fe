package org.liangxiang.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The {@code add}-th working day after {@code from} (see {@link WorkingDays#plus}).
 *
 * @param from the triggering day (not counted)
 * @param add how many working days were added, zero or more
 * @param date the resulting date: always a working day when {@code add > 0}; {@code from} itself when {@code add == 0}
 * @param provisionalYears the years without a published schedule among the days counted, ascending; empty when the
 *     answer is authoritative
 */
public record WorkingDayDate(LocalDate from, int add, LocalDate date, List<Integer> provisionalYears) {

    public WorkingDayDate {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(date, "date");
        provisionalYears = List.copyOf(provisionalYears);
    }

    /** True when a year among the days counted has no published schedule (Monday to Friday was assumed). */
    public boolean provisional() {
        return !provisionalYears.isEmpty();
    }
}
