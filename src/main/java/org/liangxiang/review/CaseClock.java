package org.liangxiang.review;

import java.time.LocalDate;
import org.liangxiang.calendar.WorkingDayDate;
import org.liangxiang.calendar.WorkingDays;

/**
 * The clock of a case's current phase (acceptance, forwarding, or the review chain): a budget of working days, the
 * days used before the last pause, and since when it runs again ({@code null} while paused). The due date is the
 * working days left added to the day it started or resumed, which itself is not counted. Days used stay used: a pause
 * adds the working days run so far to {@link #used()}, a resumption starts counting the rest from its own day.
 *
 * @param runningSince the day the clock started or resumed (not counted), or {@code null} while paused
 * @param budget the working days allowed up to the current due date (for the chain: the sum of the steps so far)
 * @param used the working days used before {@code runningSince}
 *     <p>Public for the synthetic population, which walks applications through the same clock.
 */
public record CaseClock(LocalDate runningSince, int budget, int used) {

    public CaseClock {
        if (budget < 0 || used < 0) {
            throw new IllegalArgumentException("budget and used must not be negative");
        }
    }

    /** A clock of {@code budget} working days started on {@code day}. */
    static CaseClock start(LocalDate day, int budget) {
        return new CaseClock(day, budget, 0);
    }

    boolean running() {
        return runningSince != null;
    }

    /** The working days left of the budget when it last resumed (never below zero). */
    int remaining() {
        return Math.max(0, budget - used);
    }

    /** Stops the clock on {@code day}: the working days after it resumed up to and including that day stay used. */
    CaseClock pause(LocalDate day, WorkingDayArithmetic days) {
        if (!running()) {
            return this;
        }
        int ran = Math.max(0, days.between(runningSince, day).workingDays());
        return new CaseClock(null, budget, used + ran);
    }

    /** Starts the clock again on {@code day} (not counted), with the days used kept. */
    public CaseClock resume(LocalDate day) {
        return running() ? this : new CaseClock(day, budget, used);
    }

    /** The same clock with another budget: the next step of the chain adds its days. */
    public CaseClock withBudget(int newBudget) {
        return new CaseClock(runningSince, newBudget, used);
    }

    /** When the budget runs out; only for a running clock. */
    WorkingDayDate due(WorkingDayArithmetic days) {
        if (!running()) {
            throw new IllegalStateException("a paused clock has no due date");
        }
        return days.plus(runningSince, remaining());
    }

    /** {@link #pause(LocalDate, WorkingDayArithmetic)} over the calendar's working days. */
    public CaseClock pause(LocalDate day, WorkingDays days) {
        return pause(day, WorkingDayArithmetic.of(days));
    }

    /** {@link #due(WorkingDayArithmetic)} over the calendar's working days. */
    public WorkingDayDate due(WorkingDays days) {
        return due(WorkingDayArithmetic.of(days));
    }
}
