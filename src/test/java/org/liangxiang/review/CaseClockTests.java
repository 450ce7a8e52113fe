package org.liangxiang.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.policy.ReviewChainStep;
import org.liangxiang.policy.ReviewOffice;
import org.liangxiang.policy.ReviewStep;

/**
 * Deadlines over the 2025 National Day schedule (国办发明电〔2024〕12号: 10/1-10/8 off; Sunday 9/28 and Saturday 10/11
 * worked). The triggering day is never counted (行政许可法第八十二条; 民法典第二百零一条).
 */
class CaseClockTests {

    static final WorkingDayArithmetic DAYS = CalendarFixture.BUNDLED;
    static final LocalDate FRIDAY_BEFORE_NATIONAL_DAY = LocalDate.of(2025, 9, 26);

    static final ReviewChain DEFAULT_CHAIN = new ReviewChain(
            List.of(
                    new ReviewChainStep(ReviewStep.TOWNSHIP_CHECK, ReviewOffice.TOWNSHIP, 3),
                    new ReviewChainStep(ReviewStep.FEDERATION_REVIEW, ReviewOffice.COUNTY_FEDERATION, 3),
                    new ReviewChainStep(ReviewStep.CIVIL_AFFAIRS_DECISION, ReviewOffice.COUNTY_CIVIL_AFFAIRS, 4)),
            true);

    @ParameterizedTest(name = "{1} working days from {0}: {2} ({3})")
    @CsvSource({
        "2025-09-26, 1, 2025-09-28, the make-up Sunday is the first working day",
        "2025-09-26, 3, 2025-09-30, township check: Sun 9/28, Mon 9/29, Tue 9/30",
        "2025-09-26, 4, 2025-10-09, the holiday 10/1-10/8 is skipped",
        "2025-09-26, 5, 2025-10-10, acceptance (5 days): the Friday after the holiday",
        "2025-09-26, 6, 2025-10-11, the make-up Saturday counts",
        "2025-09-26, 10, 2025-10-16, the decision limit of 10 days",
        "2025-09-30, 1, 2025-10-09, forwarding from the Tuesday before the holiday",
        "2025-09-30, 3, 2025-10-11, forwarding (3 days) ends on the make-up Saturday",
    })
    void dueDatesSkipHolidaysAndCountMakeUpDays(LocalDate start, int budget, LocalDate due, String why) {
        assertThat(CaseClock.start(start, budget).due(DAYS).date()).as(why).isEqualTo(due);
        assertThat(CaseClock.start(start, budget).due(DAYS).provisional()).isFalse();
    }

    @Test
    void eachStepOfTheChainIsDueAtTheSumOfTheDaysSoFar() {
        CaseClock clock = CaseClock.start(FRIDAY_BEFORE_NATIONAL_DAY, DEFAULT_CHAIN.budgetThrough(0));

        assertThat(clock.due(DAYS).date()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(clock.withBudget(DEFAULT_CHAIN.budgetThrough(1)).due(DAYS).date())
                .isEqualTo(LocalDate.of(2025, 10, 11));
        assertThat(clock.withBudget(DEFAULT_CHAIN.budgetThrough(2)).due(DAYS).date())
                .isEqualTo(LocalDate.of(2025, 10, 16));
    }

    @Test
    void theClockStopsWhileReturnedAndDaysUsedStayUsed() {
        CaseClock accepted = CaseClock.start(FRIDAY_BEFORE_NATIONAL_DAY, 3);

        CaseClock returned = accepted.pause(LocalDate.of(2025, 9, 29), DAYS); // Sun 9/28 and Mon 9/29 used
        assertThat(returned.running()).isFalse();
        assertThat(returned.used()).isEqualTo(2);
        assertThatThrownBy(() -> returned.due(DAYS)).isInstanceOf(IllegalStateException.class);

        CaseClock resubmitted = returned.resume(LocalDate.of(2025, 10, 13)); // a Monday, weeks later
        assertThat(resubmitted.remaining()).isEqualTo(1);
        assertThat(resubmitted.due(DAYS).date()).isEqualTo(LocalDate.of(2025, 10, 14));
    }

    @Test
    void aPauseOnTheDayTheClockStartedUsesNothing() {
        CaseClock clock = CaseClock.start(LocalDate.of(2025, 9, 30), 5).pause(LocalDate.of(2025, 9, 30), DAYS);

        assertThat(clock.used()).isZero();
        assertThat(clock.resume(LocalDate.of(2025, 10, 8)).due(DAYS).date()).isEqualTo(LocalDate.of(2025, 10, 14));
    }

    @Test
    void daysRunDuringAHolidayAreNotUsed() {
        CaseClock clock = CaseClock.start(LocalDate.of(2025, 9, 30), 5).pause(LocalDate.of(2025, 10, 8), DAYS);

        assertThat(clock.used()).isZero();
    }

    @Test
    void aClockUsedUpIsDueOnTheDayItResumes() {
        CaseClock clock = CaseClock.start(LocalDate.of(2025, 3, 3), 2).pause(LocalDate.of(2025, 3, 10), DAYS);

        assertThat(clock.used()).isEqualTo(5);
        assertThat(clock.remaining()).isZero();
        assertThat(clock.resume(LocalDate.of(2025, 3, 12)).due(DAYS).date()).isEqualTo(LocalDate.of(2025, 3, 12));
    }

    @Test
    void anUnpublishedYearGivesAProvisionalDueDate() {
        var due = CaseClock.start(LocalDate.of(2030, 9, 30), 1).due(DAYS);

        assertThat(due.date()).isEqualTo(LocalDate.of(2030, 10, 1));
        assertThat(due.provisionalYears()).containsExactly(2030);
    }

    @Test
    void aPublicNoticeThatPausesTheClockIsLeftOutOfTheBudget() {
        List<ReviewChainStep> steps = List.of(
                new ReviewChainStep(ReviewStep.TOWNSHIP_CHECK, ReviewOffice.TOWNSHIP, 3),
                new ReviewChainStep(ReviewStep.FEDERATION_REVIEW, ReviewOffice.COUNTY_FEDERATION, 3),
                new ReviewChainStep(ReviewStep.PUBLIC_NOTICE, ReviewOffice.TOWNSHIP, 5),
                new ReviewChainStep(ReviewStep.CIVIL_AFFAIRS_DECISION, ReviewOffice.COUNTY_CIVIL_AFFAIRS, 4));

        assertThat(new ReviewChain(steps, true).budgetThrough(3)).isEqualTo(10);
        assertThat(new ReviewChain(steps, true).onClock(2)).isFalse();
        assertThat(new ReviewChain(steps, false).budgetThrough(3)).isEqualTo(15);
        assertThat(new ReviewChain(steps, false).onClock(2)).isTrue();
    }

    @Test
    void anObjectionGoesBackOneStepAndTheFirstStepStays() {
        assertThat(DEFAULT_CHAIN.previous(2)).isEqualTo(1);
        assertThat(DEFAULT_CHAIN.previous(0)).isZero();
        assertThat(DEFAULT_CHAIN.isLast(2)).isTrue();
        assertThat(DEFAULT_CHAIN.next(0)).isEqualTo(1);
        assertThatThrownBy(() -> DEFAULT_CHAIN.next(2)).isInstanceOf(IllegalStateException.class);
    }
}
