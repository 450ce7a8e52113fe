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
    }
}
