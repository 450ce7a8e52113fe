package org.liangxiang.shared.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** Scheduled jobs do not queue behind one another: a long drain (the notices' job) leaves threads for the others. */
@IntegrationTest
class SchedulingIntegrationTests {

    @Autowired
    ThreadPoolTaskScheduler scheduler;

    @Test
    void jobsHaveThreadsOfTheirOwn() {
        assertThat(scheduler.getScheduledThreadPoolExecutor().getCorePoolSize()).isGreaterThanOrEqualTo(6);
    }
}
