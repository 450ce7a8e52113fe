package org.liangxiang.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MachineLoadTests {

    @Test
    void theLoadIsReadOnAClockAndTheFirstReadingOnlySetsTheBaseline() throws InterruptedException {
        double[] readings = {0.99, 0.30, 0.95};
        AtomicInteger read = new AtomicInteger();
        MachineLoad load = new MachineLoad(() -> readings[Math.min(read.getAndIncrement(), 2)], Duration.ofMillis(20));
        try {
            // the baseline (0.99, the load since the JVM started) is read at once and never given out
            assertThat(read.get()).isPositive();
            assertThat(load.latest()).isNotEqualTo(0.99);

            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (load.latest() != 0.95 && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            assertThat(load.latest()).isEqualTo(0.95);
            assertThat(read.get()).isGreaterThanOrEqualTo(3);
            assertThat(load.latest()).isNotEqualTo(0.99);
        } finally {
            load.destroy();
        }
    }

    @Test
    void aReadingThatFailsIsNotKnownAndTheReadingsGoOn() throws InterruptedException {
        AtomicInteger read = new AtomicInteger();
        MachineLoad load = new MachineLoad(
                () -> {
                    if (read.incrementAndGet() == 2) {
                        throw new IllegalStateException("cannot read");
                    }
                    return 0.5;
                },
                Duration.ofMillis(20));
        try {
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (read.get() < 4 && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            assertThat(read.get()).isGreaterThanOrEqualTo(4);
            assertThat(load.latest()).isEqualTo(0.5);
        } finally {
            load.destroy();
        }
    }

    @Test
    void theMachinesLoadIsReadFromTheJvm() {
        double load = MachineLoad.jvmCpuLoad().getAsDouble();
        assertThat(load)
                .satisfiesAnyOf(
                        l -> assertThat(l).isBetween(0.0, 1.0),
                        l -> assertThat(l).isNegative());
    }
}
