package org.liangxiang.population;

import java.time.Duration;
import java.time.LocalDate;

/**
 * What a run loaded: rows per table and how long it took.
 *
 * @param seed the run's seed, which identifies it
 * @param asOf the date ages, certificate expiry and status periods are reckoned from
 * @param people rows of {@code population_person}
 * @param households distinct households
 * @param certificates rows of {@code population_certificate}
 * @param assistanceStatuses rows of {@code population_assistance_status}
 * @param bankAccounts rows of {@code population_bank_account}
 * @param demoAccounts people marked {@code has_demo_account}
 * @param duration generation, sealing and loading, commit included
 */
public record PopulationSummary(
        long seed,
        LocalDate asOf,
        int people,
        int households,
        int certificates,
        int assistanceStatuses,
        int bankAccounts,
        int demoAccounts,
        Duration duration) {

    public double peoplePerSecond() {
        double seconds = duration.toNanos() / 1e9;
        return seconds > 0 ? people / seconds : 0;
    }

    /** All rows written, in every table. */
    public long rows() {
        return (long) people + certificates + assistanceStatuses + bankAccounts;
    }
}
