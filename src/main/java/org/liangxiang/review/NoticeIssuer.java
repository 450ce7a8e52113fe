package org.liangxiang.review;

import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.LockSupport;
import org.liangxiang.intake.ApplicationDocuments;
import org.liangxiang.intake.ApplicationId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues the notices acts owe, after the act's commit: on each act's event (Spring Modulith's event publication
 * registry keeps the publication until this completes and republishes it on restart), every notice of the case not yet
 * issued is rendered and attached to the application in one transaction. The notices' rows stay locked meanwhile, and
 * a notice issued already is not issued again, so an event that arrives twice (or two events of one act) makes one
 * document per case, act, kind and subsidy.
 *
 * <p>Rendering is CPU work (fonts subset and embedded): at most {@code liangxiang.review.notices.concurrency} notices
 * (default 1) are rendered at once, so that the staff's acts keep the rest of the machine. A listener waits for its turn
 * before it opens its transaction (the listener itself runs without one), so waiting holds no database connection.
 *
 * <p>Rendering is also paced ({@link NoticePacing}): after issuing that took {@code t} the next turn starts no earlier
 * than {@code t * (1 - s) / s} later, {@code s} being {@code liangxiang.review.notices.cpu-share} (default 0.5 of one
 * core). Under sustained load the notices owed wait in {@code review_notice} (durable) and drain when the acts slow.
 */
@Component
class NoticeIssuer {

    private final DueNotices due;
    private final CaseNotices notices;
    private final ApplicationDocuments documents;
    private final TransactionTemplate transaction;
    private final Semaphore turns;
    private final NoticePacing pacing;

    NoticeIssuer(
            DueNotices due,
            CaseNotices notices,
            ApplicationDocuments documents,
            PlatformTransactionManager transactions,
            @Value("${liangxiang.review.notices.concurrency:1}") int concurrency,
            @Value("${liangxiang.review.notices.cpu-share:0.5}") double cpuShare) {
        this.due = due;
        this.notices = notices;
        this.documents = documents;
        this.transaction = new TransactionTemplate(transactions);
        this.turns = new Semaphore(Math.max(1, concurrency), true);
        this.pacing = new NoticePacing(cpuShare);
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ApplicationAccepted event) {
        issue(event.applicationId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ApplicationReturned event) {
        issue(event.applicationId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ApplicationNotAccepted event) {
        issue(event.applicationId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(ApplicationForwarded event) {
        issue(event.applicationId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SubsidyApproved event) {
        issue(event.applicationId());
    }

    @ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
    void on(SubsidyRefused event) {
        issue(event.applicationId());
    }

    /** Issues the case's notices not yet issued, in a transaction of its own, in turn; answers how many. */
    int issue(UUID applicationId) {
        turns.acquireUninterruptibly();
        try {
            pause();
            long began = System.nanoTime();
            try {
                Integer issued = transaction.execute(s -> issueDue(applicationId));
                return issued == null ? 0 : issued;
            } finally {
                pacing.issued(began, System.nanoTime());
            }
        } finally {
            turns.release();
        }
    }

    private void pause() {
        for (long nanos = pacing.waitAt(System.nanoTime()).toNanos();
                nanos > 0;
                nanos = pacing.waitAt(System.nanoTime()).toNanos()) {
            LockSupport.parkNanos(nanos);
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
