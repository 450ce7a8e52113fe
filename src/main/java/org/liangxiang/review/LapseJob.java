package org.liangxiang.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night (Beijing time): returned cases not corrected by their correction due date lapse, each in its own
 * transaction (audited, ApplicationLapsed, intake told). Locked, so one node runs it; safe to re-run.
 */
@Component
class LapseJob {

    private static final Logger log = LoggerFactory.getLogger(LapseJob.class);

    private final JdbcClient jdbc;
    private final Reviews reviews;
    private final Deadlines deadlines;

    LapseJob(JdbcClient jdbc, Reviews reviews, Deadlines deadlines) {
        this.jdbc = jdbc;
        this.reviews = reviews;
        this.deadlines = deadlines;
    }

    @Scheduled(cron = "${liangxiang.review.lapse-cron:0 15 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "review-lapse", lockAtMostFor = "PT1H")
    public void run() {
        int lapsed = lapseOverdue(deadlines.today());
        if (lapsed > 0) {
            log.info("Review: {} returned applications lapsed", lapsed);
        }
    }

    /** Lapses every returned case whose correction due date is before {@code today}; answers how many. */
    int lapseOverdue(LocalDate today) {
        List<UUID> due = jdbc.sql("SELECT application_id FROM review_case WHERE state = 'RETURNED' AND due_date < ?")
                .param(today)
                .query(UUID.class)
                .list();
        int lapsed = 0;
        for (UUID id : due) {
            if (reviews.lapse(id, today)) {
                lapsed++;
            }
        }
        return lapsed;
    }
}
