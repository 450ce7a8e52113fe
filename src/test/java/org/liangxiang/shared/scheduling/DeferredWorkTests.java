package org.liangxiang.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DeferredWorkTests {

    @Test
    void theNodesJobsShareOneBusyClockReadingOneMachineLoad() throws InterruptedException {
        MachineLoad load = new MachineLoad(() -> 0.95, Duration.ofMillis(5));
        try {
            long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (load.latest() != 0.95 && System.nanoTime() < until) {
                Thread.sleep(5);
            }
            DeferredWork work = new DeferredWork(load);
            DeferredWorkPacing notices = work.pacing("liangxiang.review.notices.", 0.5, 0.1, 0.85);
            DeferredWorkPacing inbox = work.pacing("liangxiang.notification.inbox-", 0.5, 0.1, 0.85);

            long ended = System.nanoTime();
            notices.ran(ended - 10_000_000L, ended);

            // the inbox, which has not run, waits for the pause the notices' busy turn owes
            assertThat(inbox.waitAt(ended)).isEqualTo(Duration.ofMillis(90));
        } finally {
            load.destroy();
        }
    }
}
