package org.liangxiang.review;

import java.util.UUID;
import org.liangxiang.intake.ApplicationDocuments;
import org.liangxiang.intake.ApplicationId;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the notices acts owe, after the act's commit: on each act's event (Spring Modulith's event publication
 * registry keeps the publication until this completes and republishes it on restart), every notice of the case not yet
 * issued is rendered and attached to the application in one transaction. The notices' rows stay locked meanwhile, and
 * a notice issued already is not issued again, so an event that arrives twice (or two events of one act) makes one
 * document per case, act, kind and subsidy.
 */
@Component
class NoticeIssuer {

    private final DueNotices due;
    private final CaseNotices notices;
    private final ApplicationDocuments documents;

    NoticeIssuer(DueNotices due, CaseNotices notices, ApplicationDocuments documents) {
        this.due = due;
        this.notices = notices;
        this.documents = documents;
    }

    @ApplicationModuleListener
    void on(ApplicationAccepted event) {
        issue(event.applicationId());
    }

    @ApplicationModuleListener
    void on(ApplicationReturned event) {
        issue(event.applicationId());
    }

    @ApplicationModuleListener
    void on(ApplicationNotAccepted event) {
        issue(event.applicationId());
    }

    @ApplicationModuleListener
    void on(ApplicationForwarded event) {
        issue(event.applicationId());
    }

    @ApplicationModuleListener
    void on(SubsidyApproved event) {
        issue(event.applicationId());
    }

    @ApplicationModuleListener
    void on(SubsidyRefused event) {
        issue(event.applicationId());
    }

    /** Issues the case's notices not yet issued; answers how many. */
    @Transactional
    int issue(UUID applicationId) {
        int issued = 0;
        for (DueNotices.Due d : due.lockDue(applicationId)) {
            ApplicationId id = new ApplicationId(applicationId);
            byte[] pdf = notices.render(id, d.number(), d.notice());
            if (due.issued(d, documents.attach(id, d.notice().kind(), pdf))) {
                issued++;
            }
        }
        return issued;
    }
}
