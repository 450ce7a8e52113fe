package org.liangxiang.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The number of working days from {@code from} to {@code to} (see {@link WorkingDays#between}).
 *
 * @param from the first bound (not counted)
 * @param to the second bound (counted)
 * @param workingDays the working days after {@code from} up to and including {@code to}; zero when the two are equal,
 *     negative when {@code to} is before {@code from}
 * @param provisionalYears the years without a published schedule among the days counted, ascending; empty when the
 *     answer is authoritative
 */
public record WorkingDayCount(LocalDate from, LocalDate to, int workingDays, List<Integer> provisionalYears) {

    public WorkingDayCount {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        provisionalYears = List.copyOf(provisionalYears);
    }

    /** True when a year among the days counted has no published schedule (Monday to Friday was assumed). */
    public boolean provisional() {
        return !provisionalYears.isEmpty();
    }
}
