package org.liangxiang.review;

import org.liangxiang.intake.ApplicationResubmitted;
import org.liangxiang.intake.ApplicationSubmitted;
import org.liangxiang.intake.ApplicationWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Intake's events, handled synchronously in the transaction that publishes them: a submission commits with its case
 * (and acceptance due date), a resubmission with the case back at its step, a withdrawal with the case closed.
 */
@Component
class IntakeEvents {

    private final Reviews reviews;
    private final Deadlines deadlines;

    IntakeEvents(Reviews reviews, Deadlines deadlines) {
        this.reviews = reviews;
        this.deadlines = deadlines;
    }

    @EventListener
    void on(ApplicationSubmitted submitted) {
        reviews.open(submitted.applicationId().value());
    }

    @EventListener
    void on(ApplicationResubmitted resubmitted) {
        reviews.resubmitted(resubmitted.applicationId().value(), deadlines.today());
    }

    @EventListener
    void on(ApplicationWithdrawn withdrawn) {
        reviews.withdrawn(withdrawn.applicationId().value(), deadlines.today());
    }
}
