package org.liangxiang.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.liangxiang.calendar.DayKind;
import org.liangxiang.calendar.WorkingDayCheck;
import org.liangxiang.calendar.WorkingDayCount;
import org.liangxiang.calendar.WorkingDayDate;

/**
 * An immutable picture of every published schedule, and the working-day arithmetic over it (docs/calendar.md). A day
 * named by a published schedule is a working day exactly when it is a make-up working day; any other day is a working
 * day from Monday to Friday. A day is answered provisionally when its year has no published schedule and no published
 * schedule names it.
 */
public final class Schedule {

    public static final Schedule EMPTY = new Schedule(Map.of(), Set.of());

    private final Map<LocalDate, DayKind> days;
    private final Set<Integer> publishedYears;

    private Schedule(Map<LocalDate, DayKind> days, Set<Integer> publishedYears) {
        this.days = days;
        this.publishedYears = publishedYears;
    }

    /** The schedule made of the given days (each belonging to a published year) and published years. */
    public static Schedule of(Collection<ScheduleDay> days, Collection<Integer> publishedYears) {
        Map<LocalDate, DayKind> byDate = new HashMap<>();
        for (ScheduleDay day : days) {
            if (!publishedYears.contains(day.year())) {
                throw new IllegalArgumentException(day + " belongs to a year that is not published");
            }
            if (byDate.put(day.date(), day.kind()) != null) {
                throw new IllegalArgumentException(day.date() + " appears twice");
            }
        }
        return new Schedule(Map.copyOf(byDate), Set.copyOf(publishedYears));
    }

    public boolean isPublished(int year) {
        return publishedYears.contains(year);
    }

    /** The published years, ascending. */
    public List<Integer> publishedYears() {
        return List.copyOf(new TreeSet<>(publishedYears));
    }

    public WorkingDayCheck check(LocalDate date) {
        Set<Integer> provisional = new TreeSet<>();
        notePublication(date, provisional);
        return new WorkingDayCheck(date, isWorkingDay(date), List.copyOf(provisional));
    }

    /**
     * The {@code n}-th working day after {@code from}: {@code from} itself is never counted (the period starts the day
     * after the triggering day), so {@code plus(d, 0) == d} and, for {@code n > 0}, the answer is a working day.
     */
    public WorkingDayDate plus(LocalDate from, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must be zero or more, was " + n);
        }
        Set<Integer> provisional = new TreeSet<>();
        LocalDate day = from;
        for (int counted = 0; counted < n; ) {
            day = day.plusDays(1);
            notePublication(day, provisional);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return new WorkingDayDate(from, n, day, List.copyOf(provisional));
    }

    /**
     * The working days after {@code from} up to and including {@code to}; zero when they are equal; when {@code to} is
     * before {@code from}, minus the working days after {@code to} up to and including {@code from}. So {@code
     * between(d, plus(d, n)) == n} and {@code between(a, b) == -between(b, a)}.
     */
    public WorkingDayCount between(LocalDate from, LocalDate to) {
        boolean backwards = to.isBefore(from);
        LocalDate first = backwards ? to : from;
        LocalDate last = backwards ? from : to;
        Set<Integer> provisional = new TreeSet<>();
        int count = 0;
        for (LocalDate day = first.plusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            notePublication(day, provisional);
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return new WorkingDayCount(from, to, backwards ? -count : count, List.copyOf(provisional));
    }

    private boolean isWorkingDay(LocalDate date) {
        DayKind kind = days.get(date);
        if (kind != null) {
            return kind == DayKind.MAKEUP_WORKDAY;
        }
        DayOfWeek weekday = date.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    private void notePublication(LocalDate date, Set<Integer> provisional) {
        int year = date.getYear();
        if (!publishedYears.contains(year) && !days.containsKey(date)) {
            provisional.add(year);
        }
    }
}
