package org.liangxiang.notification;

import java.util.UUID;
import org.liangxiang.intake.ApplicationResubmitted;
import org.liangxiang.intake.ApplicationSubmitted;
import org.liangxiang.intake.ApplicationWithdrawn;
import org.liangxiang.intake.MaterialsChanged;
import org.liangxiang.review.ApplicationAccepted;
import org.liangxiang.review.ApplicationForwarded;
import org.liangxiang.review.ApplicationLapsed;
import org.liangxiang.review.ApplicationNotAccepted;
import org.liangxiang.review.ApplicationReturned;
import org.liangxiang.review.StepCompleted;
import org.liangxiang.review.SubsidyApproved;
import org.liangxiang.review.SubsidyRefused;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.event.DomainEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every event about an application becomes a notice to the accounts intake names for it (the submitter, the person).
 * In the event's own transaction the listener only records the event in the {@link NotificationInbox} (written with the
 * transaction's other events by one insert just before it commits; an event recorded twice is recorded once); the inbox's job tells the accounts in batches after the commit, and the
 * notice's once-per-event-and-account rule makes a repeated event harmless.
 */
@Component
class ApplicationEventsListener {

    private final NotificationInbox inbox;

    ApplicationEventsListener(NotificationInbox inbox) {
        this.inbox = inbox;
    }

    @EventListener
    void on(ApplicationSubmitted event) {
        tell(event, NoticeKind.SUBMITTED, event.applicationId().value());
    }

    @EventListener
    void on(ApplicationResubmitted event) {
        tell(event, NoticeKind.RESUBMITTED, event.applicationId().value());
    }

    @EventListener
    void on(ApplicationWithdrawn event) {
        tell(event, NoticeKind.WITHDRAWN, event.applicationId().value());
    }

    @EventListener
    void on(MaterialsChanged event) {
        tell(
                event,
                NoticeKind.MATERIALS_CHANGED,
                event.applicationId().value(),
                "#guide.material." + event.materialType() + ".name");
    }

    @EventListener
    void on(ApplicationAccepted event) {
        tell(event, NoticeKind.ACCEPTED, event.applicationId());
    }

    @EventListener
    void on(ApplicationNotAccepted event) {
        tell(event, NoticeKind.NOT_ACCEPTED, event.applicationId());
    }

    @EventListener
    void on(ApplicationReturned event) {
        tell(
                event,
                NoticeKind.RETURNED,
                event.applicationId(),
                event.correctionDue().toString());
    }

    @EventListener
    void on(ApplicationForwarded event) {
        tell(event, NoticeKind.FORWARDED, event.applicationId());
    }

    @EventListener
    void on(StepCompleted event) {
        tell(
                event,
                NoticeKind.STEP_COMPLETED,
                event.applicationId(),
                "#notification.step." + event.step().name());
    }

    @EventListener
    void on(SubsidyApproved event) {
        tell(
                event,
                NoticeKind.SUBSIDY_APPROVED,
                event.applicationId(),
                subsidy(event.subsidy()),
                event.startMonth().toString());
    }

    @EventListener
    void on(SubsidyRefused event) {
        tell(event, NoticeKind.SUBSIDY_REFUSED, event.applicationId(), subsidy(event.subsidy()));
    }

    @EventListener
    void on(ApplicationLapsed event) {
        tell(event, NoticeKind.LAPSED, event.applicationId());
    }

    /** The notice to make: recorded in the event's transaction, told by the inbox's job after it commits. */
    void tell(DomainEvent event, NoticeKind kind, UUID applicationId, String... more) {
        inbox.record(event.envelope().eventId(), kind, applicationId, more);
    }

    private static String subsidy(Subsidy subsidy) {
        return "#notification.subsidy." + subsidy.name();
    }
}
