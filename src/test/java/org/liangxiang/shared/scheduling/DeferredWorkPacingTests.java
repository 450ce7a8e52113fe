package org.liangxiang.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeferredWorkPacingTests {

    private static final long MS = 1_000_000L;

    @Test
    void theDefaultHalfOfACoreWaitsAsLongAsTheWorkTook() {
        DeferredWorkPacing pacing = new DeferredWorkPacing("job.", 0.5);
        assertThat(pacing.pauseAfter(Duration.ofMillis(265))).isEqualTo(Duration.ofMillis(265));

        pacing.ran(1_000 * MS, 1_265 * MS);

        assertThat(pacing.waitAt(1_265 * MS)).isEqualTo(Duration.ofMillis(265));
        assertThat(pacing.waitAt(1_400 * MS)).isEqualTo(Duration.ofMillis(130));
        assertThat(pacing.waitAt(1_530 * MS)).isZero();
        assertThat(pacing.waitAt(2_000 * MS)).isZero();
    }

    @Test
    void aSmallerShareWaitsLongerAndAWholeCoreNeverWaits() {
        assertThat(new DeferredWorkPacing("job.", 0.25).pauseAfter(Duration.ofMillis(100)))
                .isEqualTo(Duration.ofMillis(300));
        DeferredWorkPacing whole = new DeferredWorkPacing("job.", 1.0);
        whole.ran(0, 500 * MS);
        assertThat(whole.waitAt(500 * MS)).isZero();
    }

    @Test
    void nothingRunYetMeansNoWait() {
        assertThat(new DeferredWorkPacing("job.", 0.5).waitAt(System.nanoTime()))
                .isZero();
    }

    @Test
    void aShareOrLoadOutOfRangeIsRefusedNamingTheJobsProperty() {
        assertThatThrownBy(() -> new DeferredWorkPacing("liangxiang.review.notices.", 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("liangxiang.review.notices.cpu-share");
        assertThatThrownBy(() -> new DeferredWorkPacing("job.", 1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DeferredWorkPacing("job.", 0.5, 0.6, 0.85, () -> 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("job.busy-cpu-share");
        assertThatThrownBy(() -> new DeferredWorkPacing("job.", 0.5, 0, 0.85, () -> 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("job.busy-cpu-share");
        assertThatThrownBy(() -> new DeferredWorkPacing("job.", 0.5, 0.1, 0, () -> 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("job.busy-load");
    }

    @Test
    void onABusyMachineTheJobTakesTheBusyShareAndTheFullShareOnceThereIsRoomAgain() {
        double[] load = {0.95};
        DeferredWorkPacing pacing = new DeferredWorkPacing("job.", 0.5, 0.1, 0.85, () -> load[0]);

        // busy: 10 ms of work owes 90 ms (a tenth of one core)
        pacing.ran(1_000 * MS, 1_010 * MS);
        assertThat(pacing.waitAt(1_010 * MS)).isEqualTo(Duration.ofMillis(90));

        // room: 10 ms owes 10 ms (half of one core)
        load[0] = 0.40;
        pacing.ran(1_100 * MS, 1_110 * MS);
        assertThat(pacing.waitAt(1_110 * MS)).isEqualTo(Duration.ofMillis(10));

        // exactly at the threshold counts as busy
        load[0] = 0.85;
        pacing.ran(1_500 * MS, 1_510 * MS);
        assertThat(pacing.waitAt(1_510 * MS)).isEqualTo(Duration.ofMillis(90));
    }

    @Test
    void aLoadNotKnownCountsAsRoomAndEqualSharesNeverAskForIt() {
        DeferredWorkPacing unknown = new DeferredWorkPacing("job.", 0.5, 0.1, 0.85, () -> -1);
        unknown.ran(0, 10 * MS);
        assertThat(unknown.waitAt(10 * MS)).isEqualTo(Duration.ofMillis(10));

        DeferredWorkPacing same = new DeferredWorkPacing("job.", 1.0, 1.0, 0.85, () -> {
            throw new AssertionError("the load is not asked for when both shares are equal");
        });
        same.ran(0, 10 * MS);
        assertThat(same.waitAt(10 * MS)).isZero();
    }

    @Test
    void jobsOnOneClockOweEachOthersBusyPausesOneAfterTheOther() {
        DeferredWorkPacing.BusyClock clock = new DeferredWorkPacing.BusyClock();
        double[] load = {0.95};
        DeferredWorkPacing reports = new DeferredWorkPacing("reports.", 0.5, 0.1, 0.85, () -> load[0], clock);
        DeferredWorkPacing inbox = new DeferredWorkPacing("inbox.", 0.5, 0.1, 0.85, () -> load[0], clock);

        // busy: 10 ms of the reports owe 90 ms to both jobs, the inbox never having run
        reports.ran(1_000 * MS, 1_010 * MS);
        assertThat(inbox.waitAt(1_010 * MS)).isEqualTo(Duration.ofMillis(90));
        assertThat(reports.waitAt(1_010 * MS)).isEqualTo(Duration.ofMillis(90));

        // a turn of the inbox ending during that pause owes its own 90 ms after it: the two add up (180 ms of pause
        // for 20 ms of work, a tenth of one core for both jobs together)
        inbox.ran(1_005 * MS, 1_015 * MS);
        assertThat(reports.waitAt(1_015 * MS)).isEqualTo(Duration.ofMillis(175));
        assertThat(inbox.waitAt(1_015 * MS)).isEqualTo(Duration.ofMillis(175));

        // with room, a turn owes its pause to its own job only
        load[0] = 0.40;
        reports.ran(2_000 * MS, 2_010 * MS);
        assertThat(reports.waitAt(2_010 * MS)).isEqualTo(Duration.ofMillis(10));
        assertThat(inbox.waitAt(2_010 * MS)).isZero();
    }

    @Test
    void jobsPacedAloneNeverWaitForEachOther() {
        DeferredWorkPacing reports = new DeferredWorkPacing("reports.", 0.5, 0.1, 0.85, () -> 0.95);
        DeferredWorkPacing inbox = new DeferredWorkPacing("inbox.", 0.5, 0.1, 0.85, () -> 0.95);
        reports.ran(0, 10 * MS);
        assertThat(reports.waitAt(10 * MS)).isEqualTo(Duration.ofMillis(90));
        assertThat(inbox.waitAt(10 * MS)).isZero();
    }

    @Test
    void aTurnWaitsForThePauseTheTurnBeforeOwes() {
        DeferredWorkPacing pacing = new DeferredWorkPacing("job.", 0.5, 0.1, 0.85, () -> 0.95);
        long[] at = new long[3];

        int answer = pacing.turn(() -> {
            at[0] = System.nanoTime();
            sleep(20);
            at[1] = System.nanoTime();
            return 1;
        });
        pacing.turn(() -> at[2] = System.nanoTime());

        assertThat(answer).isEqualTo(1);
        // busy machine: the second turn's work began no earlier than nine times the first turn's work after that work
        // ended (the times are taken inside the work, which the pacing's own clock encloses, so no slack is needed)
        long firstTook = at[1] - at[0];
        assertThat(at[2] - at[1]).isGreaterThanOrEqualTo(9 * firstTook);
    }

    @Test
    void aTurnThatFailsStillOwesItsPause() {
        DeferredWorkPacing pacing = new DeferredWorkPacing("job.", 0.5);
        assertThatThrownBy(() -> pacing.turn(() -> {
                    sleep(10);
                    throw new IllegalStateException("failed");
                }))
                .hasMessage("failed");
        assertThat(pacing.waitAt(System.nanoTime())).isPositive();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
