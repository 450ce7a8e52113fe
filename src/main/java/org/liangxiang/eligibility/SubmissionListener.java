package org.liangxiang.eligibility;

import org.liangxiang.intake.ApplicationSubmitted;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * On a submission, the evidence report per requested subsidy (the household-registration township's policy on the
 * submission date) is owed: recorded by one insert in the submitting transaction, made by {@link SubmissionReports}
 * within seconds after the commit. Idempotent: an event that arrives twice makes nothing new. Who has applied is
 * intake's own read ({@link org.liangxiang.intake.Applications#OPEN_APPLICATIONS}), not a copy kept here.
 */
@Component
class SubmissionListener {

    private final SubmissionReports due;

    SubmissionListener(SubmissionReports due) {
        this.due = due;
    }

    @EventListener
    void on(ApplicationSubmitted event) {
        due.record(event.applicationId().value(), event.subsidies());
    }
}
