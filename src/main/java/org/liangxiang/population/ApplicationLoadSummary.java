package org.liangxiang.population;

import java.time.Duration;
import java.time.LocalDate;

/**
 * What a load of applications wrote.
 *
 * @param seed the population run the applicants come from
 * @param asOf the run's as-of date: no date of the applications is later
 * @param applicants the run's certificate holders, who hand the applications in
 * @param applications rows of {@code intake_application} (and of {@code review_case}, one case each)
 * @param open applications whose case is still open
 * @param rows rows written in all tables
 * @param duration generation, sealing and loading, commit included
 */
public record ApplicationLoadSummary(
        long seed, LocalDate asOf, int applicants, long applications, long open, long rows, Duration duration) {

    public double applicationsPerSecond() {
        double seconds = duration.toNanos() / 1e9;
        return seconds > 0 ? applications / seconds : 0;
    }
}
