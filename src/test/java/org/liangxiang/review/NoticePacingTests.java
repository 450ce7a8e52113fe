package org.liangxiang.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class NoticePacingTests {

    private static final long MS = 1_000_000L;

    @Test
    void theDefaultHalfOfACoreWaitsAsLongAsTheRenderingTook() {
        NoticePacing pacing = new NoticePacing(0.5);
        assertThat(pacing.pauseAfter(Duration.ofMillis(265))).isEqualTo(Duration.ofMillis(265));

        pacing.issued(1_000 * MS, 1_265 * MS);

        assertThat(pacing.waitAt(1_265 * MS)).isEqualTo(Duration.ofMillis(265));
        assertThat(pacing.waitAt(1_400 * MS)).isEqualTo(Duration.ofMillis(130));
        assertThat(pacing.waitAt(1_530 * MS)).isZero();
        assertThat(pacing.waitAt(2_000 * MS)).isZero();
    }

    @Test
    void aSmallerShareWaitsLongerAndAWholeCoreNeverWaits() {
        assertThat(new NoticePacing(0.25).pauseAfter(Duration.ofMillis(100))).isEqualTo(Duration.ofMillis(300));
        NoticePacing whole = new NoticePacing(1.0);
        whole.issued(0, 500 * MS);
        assertThat(whole.waitAt(500 * MS)).isZero();
    }

    @Test
    void nothingIssuedYetMeansNoWait() {
        assertThat(new NoticePacing(0.5).waitAt(System.nanoTime())).isZero();
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new NoticePacing(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoticePacing(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NoticePacing(0.5, 0.6, 0.85, () -> 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("busy-cpu-share");
        assertThatThrownBy(() -> new NoticePacing(0.5, 0, 0.85, () -> 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("busy-cpu-share");
        assertThatThrownBy(() -> new NoticePacing(0.5, 0.1, 0, () -> 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("busy-load");
    }

    @Test
    void onABusyMachineTheRendererTakesTheBusyShareAndTheFullShareOnceThereIsRoomAgain() {
        double[] load = {0.95};
        int[] readings = {0};
        NoticePacing pacing = new NoticePacing(0.5, 0.1, 0.85, () -> {
            readings[0]++;
            return load[0];
        });

        // busy: 10 ms of rendering owes 90 ms (a tenth of one core)
        pacing.issued(1_000 * MS, 1_010 * MS);
        assertThat(pacing.waitAt(1_010 * MS)).isEqualTo(Duration.ofMillis(90));

        // the load is read at most once a quarter of a second: still busy at 1.11 s although the machine has room now
        load[0] = 0.40;
        pacing.issued(1_100 * MS, 1_110 * MS);
        assertThat(pacing.waitAt(1_110 * MS)).isEqualTo(Duration.ofMillis(90));
        assertThat(readings[0]).isEqualTo(1);

        // read again a quarter of a second later: room, so 10 ms owes 10 ms (half of one core)
        pacing.issued(1_250 * MS, 1_260 * MS);
        assertThat(pacing.waitAt(1_260 * MS)).isEqualTo(Duration.ofMillis(10));
        assertThat(readings[0]).isEqualTo(2);

        // exactly at the threshold counts as busy
        load[0] = 0.85;
        pacing.issued(1_500 * MS, 1_510 * MS);
        assertThat(pacing.waitAt(1_510 * MS)).isEqualTo(Duration.ofMillis(90));
    }

    @Test
    void afterALullTheLoadIsReadOverTheIssuingOnly() {
        // each reading is the load since the one before: the lull's (quiet) reading is dropped, the issuing's counts
        double[] loads = {0.10, 0.95, 0.95, 0.20, 0.30, 0.95};
        int[] readings = {0};
        NoticePacing pacing = new NoticePacing(0.5, 0.1, 0.85, () -> loads[readings[0]++]);

        // nothing issued before: the reading up to now is dropped, the one at the end (busy) counts
        pacing.began(1_000 * MS);
        pacing.issued(1_000 * MS, 1_010 * MS);
        assertThat(readings[0]).isEqualTo(2);
        assertThat(pacing.waitAt(1_010 * MS)).isEqualTo(Duration.ofMillis(90));

        // no lull: the pause ended 90 ms ago and the reading of 10 ms ago still holds
        pacing.began(1_100 * MS);
        pacing.issued(1_100 * MS, 1_110 * MS);
        assertThat(readings[0]).isEqualTo(2);
        assertThat(pacing.waitAt(1_110 * MS)).isEqualTo(Duration.ofMillis(90));

        // a quarter of a second after the last reading: read again (busy still)
        pacing.began(1_300 * MS);
        pacing.issued(1_300 * MS, 1_310 * MS);
        assertThat(readings[0]).isEqualTo(3);

        // seconds without issuing after a busy spell: the lull's reading (0.20) is dropped, and the issuing's (0.30)
        // says room
        pacing.began(5_000 * MS);
        pacing.issued(5_000 * MS, 5_010 * MS);
        assertThat(readings[0]).isEqualTo(5);
        assertThat(pacing.waitAt(5_010 * MS)).isEqualTo(Duration.ofMillis(10));

        // a pause at the busy share longer than two periods is a lull too: its reading is dropped when issuing begins
        pacing.began(5_600 * MS);
        assertThat(readings[0]).isEqualTo(6);
    }

    @Test
    void aLoadTheJvmCannotTellCountsAsRoomAndEqualSharesNeverReadIt() {
        NoticePacing unknown = new NoticePacing(0.5, 0.1, 0.85, () -> -1);
        unknown.issued(0, 10 * MS);
        assertThat(unknown.waitAt(10 * MS)).isEqualTo(Duration.ofMillis(10));

        NoticePacing same = new NoticePacing(1.0, 1.0, 0.85, () -> {
            throw new AssertionError("the load is not read when both shares are equal");
        });
        same.issued(0, 10 * MS);
        assertThat(same.waitAt(10 * MS)).isZero();
    }

    @Test
    void theMachinesLoadIsReadFromTheJvm() {
        double load = NoticeIssuer.machineCpuLoad().getAsDouble();
        assertThat(load)
                .satisfiesAnyOf(
                        l -> assertThat(l).isBetween(0.0, 1.0),
                        l -> assertThat(l).isNegative());
    }
}
