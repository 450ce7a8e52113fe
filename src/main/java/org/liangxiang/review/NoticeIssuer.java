package org.liangxiang.review;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.liangxiang.intake.ApplicationDocuments;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.shared.scheduling.DeferredWork;
import org.liangxiang.shared.scheduling.DeferredWorkPacing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues the notices acts owe, after the act's commit: a job (every {@code liangxiang.review.notices.delay}, default
 * one second, on one node at a time under ShedLock {@code review-notices}) takes the cases with notices owed in
 * {@code review_notice}, oldest first, and for each renders every notice not yet issued and attaches it to the
 * application in one transaction. The owed rows are the durable queue: nothing is lost on a restart, and the acts
 * publish no event for this module to hear (no publication rows, no thread of the shared asynchronous pool waiting for
 * its turn). The notices' rows stay locked while they are issued, and a notice issued already is not issued again, so
 * two runs (or a direct {@link #issue}) make one document per case, act, kind and subsidy. A case whose rendering fails
 * is logged and left owed for the next run; the others go on.
 *
 * <p>Rendering is CPU work (fonts subset and embedded): at most {@code liangxiang.review.notices.concurrency} notices
 * (default 1) are rendered at once, and rendering is paced ({@link DeferredWorkPacing}): after issuing that took {@code t}
 * the next starts no earlier than {@code t * (1 - s) / s} later, {@code s} being {@code
 * liangxiang.review.notices.cpu-share} (default 0.5 of one core), so that the staff's acts keep the rest of the
 * machine; while the machine's CPU load is at or above {@code liangxiang.review.notices.busy-load} (default {@code
 * liangxiang.scheduling.busy-load}, 0.85) {@code s} is {@code liangxiang.review.notices.busy-cpu-share} (default 0.1),
 * a share the node's deferred jobs take together ({@link DeferredWork}): the notices yield to the acts. Under
 * sustained load the owed notices wait and drain when the acts slow. A run stops after {@link #RUN} and the next one
 * goes on.
 */
@Component
class NoticeIssuer {

    private static final Logger log = LoggerFactory.getLogger(NoticeIssuer.class);

    /** The longest a run drains before it leaves the rest to the next run (inside ShedLock's lockAtMostFor). */
    static final Duration RUN = Duration.ofMinutes(10);

    private static final int BATCH = 100;

    private final DueNotices due;
    private final CaseNotices notices;
    private final ApplicationDocuments documents;
    private final TransactionTemplate transaction;
    private final Semaphore turns;
    private final DeferredWorkPacing pacing;

    NoticeIssuer(
            DueNotices due,
            CaseNotices notices,
            ApplicationDocuments documents,
            PlatformTransactionManager transactions,
            @Value("${liangxiang.review.notices.concurrency:1}") int concurrency,
            @Value("${liangxiang.review.notices.cpu-share:0.5}") double cpuShare,
            @Value("${liangxiang.review.notices.busy-cpu-share:0.1}") double busyCpuShare,
            @Value("${liangxiang.review.notices.busy-load:${liangxiang.scheduling.busy-load:0.85}}") double busyLoad,
            DeferredWork deferredWork) {
        this.due = due;
        this.notices = notices;
        this.documents = documents;
        this.transaction = new TransactionTemplate(transactions);
        this.turns = new Semaphore(Math.max(1, concurrency), true);
        this.pacing = deferredWork.pacing("liangxiang.review.notices.", cpuShare, busyCpuShare, busyLoad);
    }

    /** The job: issues the owed notices of every case (see {@link #drain}). */
    @Scheduled(
            initialDelayString = "${liangxiang.review.notices.delay:PT1S}",
            fixedDelayString = "${liangxiang.review.notices.delay:PT1S}")
    @SchedulerLock(name = "review-notices", lockAtMostFor = "PT15M")
    public void run() {
        drain();
    }

    /** Issues the owed notices of every case, oldest first, for at most {@link #RUN}; answers how many were issued. */
    int drain() {
        long until = System.nanoTime() + RUN.toNanos();
        Set<UUID> failed = new HashSet<>();
        int issued = 0;
        for (List<UUID> cases = due.casesOwing(BATCH, failed);
                !cases.isEmpty() && System.nanoTime() < until;
                cases = due.casesOwing(BATCH, failed)) {
            for (UUID applicationId : cases) {
                try {
                    issued += issue(applicationId);
                } catch (RuntimeException e) {
                    failed.add(applicationId);
                    log.warn("Notices of case {} not issued, left for the next run: {}", applicationId, e.toString());
                }
            }
        }
        return issued;
    }

    /** Issues the case's notices not yet issued, in a transaction of its own, in turn; answers how many. */
    int issue(UUID applicationId) {
        turns.acquireUninterruptibly();
        try {
            Integer issued = pacing.turn(() -> transaction.execute(s -> issueDue(applicationId)));
            return issued == null ? 0 : issued;
        } finally {
            turns.release();
        }
    }

    private int issueDue(UUID applicationId) {
        int issued = 0;
        ApplicationId id = new ApplicationId(applicationId);
        for (DueNotices.Due d : due.lockDue(applicationId)) {
            byte[] pdf = notices.render(id, d.number(), d.notice());
            if (due.issued(d, documents.attach(id, d.notice().kind(), pdf))) {
                issued++;
            }
        }
        return issued;
    }
}
