package org.liangxiang.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Whether a date is a working day.
 *
 * @param date the date asked about
 * @param workingDay true on a working day
 * @param provisionalYears the years without a published schedule that the answer relied on (here: the date's year, if
 *     unpublished and the date is not named by another year's schedule); empty when the answer is authoritative
 */
public record WorkingDayCheck(LocalDate date, boolean workingDay, List<Integer> provisionalYears) {

    public WorkingDayCheck {
        Objects.requireNonNull(date, "date");
        provisionalYears = List.copyOf(provisionalYears);
    }

    /** True when a year the answer relied on has no published schedule (Monday to Friday was assumed). */
    public boolean provisional() {
        return !provisionalYears.isEmpty();
    }
}
