package org.liangxiang.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.calendar.DayKind;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Loading the bundled schedules at startup: set-based, and idempotent however often (and on however many nodes). */
@IntegrationTest
@AutoConfigureMockMvc
class ScheduleStoreIntegrationTests {

    @Autowired
    ScheduleStore store;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void theBundledYearsAreLoadedOnceAtStartup() {
        List<Integer> again = transaction.execute(
                s -> store.publishIfAbsent(BundledSchedules.days(), BundledSchedules.SOURCE, "system"));

        assertThat(again).isEmpty();
        assertThat(store.publishedYears())
                .filteredOn(y -> y.year() >= 2020 && y.year() <= 2026)
                .extracting(ScheduleStore.PublishedYear::year)
                .containsExactly(2020, 2021, 2022, 2023, 2024, 2025, 2026);
        assertThat(store.load().check(LocalDate.of(2024, 2, 9)).workingDay()).isTrue();
    }

    @Test
    void aYearAlreadyPresentIsLeftAlone() {
        int year = yearStartingMondayToThursday();
        List<ScheduleDay> bundled = List.of(new ScheduleDay(year, LocalDate.of(year, 1, 1), DayKind.HOLIDAY, "元旦"));
        List<ScheduleDay> changed = List.of(new ScheduleDay(year, LocalDate.of(year, 1, 2), DayKind.HOLIDAY, "元旦"));

        List<Integer> first = transaction.execute(s -> store.publishIfAbsent(bundled, "test", "system"));
        List<Integer> second = transaction.execute(s -> store.publishIfAbsent(changed, "test", "system"));

        assertThat(first).containsExactly(year);
        assertThat(second).isEmpty();
        Schedule schedule = store.load();
        assertThat(schedule.isPublished(year)).isTrue();
        assertThat(schedule.check(LocalDate.of(year, 1, 1)).workingDay()).isFalse();
        assertThat(schedule.check(LocalDate.of(year, 1, 2)).workingDay())
                .as("the second load changed nothing")
                .isTrue();
    }

    /**
     * A random year of 2900-2999 (no other test enters those) not published yet (the test database outlives a run)
     * whose 1 and 2 January are working weekdays.
     */
    private int yearStartingMondayToThursday() {
        Schedule published = store.load();
        for (int attempt = 0; ; attempt++) {
            assertThat(attempt).as("a year of 2900-2999 still unpublished").isLessThan(10_000);
            int year = ThreadLocalRandom.current().nextInt(2900, 3000);
            if (LocalDate.of(year, 1, 1).getDayOfWeek().getValue() <= 4 && !published.isPublished(year)) {
                return year;
            }
        }
    }
}
