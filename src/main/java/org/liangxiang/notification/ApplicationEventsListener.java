package org.liangxiang.notification;

import java.util.Set;
import java.util.UUID;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.ApplicationNotFoundException;
import org.liangxiang.intake.ApplicationResubmitted;
import org.liangxiang.intake.ApplicationSubmitted;
import org.liangxiang.intake.ApplicationWithdrawn;
import org.liangxiang.intake.Applications;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Every event about an application becomes a notice to the accounts intake names for it (the submitter, the person).
 * Runs after the event's transaction commits, each in its own transaction, retried through the event publication
 * registry; the notice's once-per-event-and-account rule makes a repeated event harmless.
 */
@Component
class ApplicationEventsListener {

    private static final Logger log = LoggerFactory.getLogger(ApplicationEventsListener.class);

    private final Applications applications;
    private final Notifications notifications;

    ApplicationEventsListener(Applications applications, Notifications notifications) {
        this.applications = applications;
        this.notifications = notifications;
    }

    @ApplicationModuleListener
    void on(ApplicationSubmitted event) {
        tell(event, NoticeKind.SUBMITTED, event.applicationId().value());
    }

    @ApplicationModuleListener
    void on(ApplicationResubmitted event) {
        tell(event, NoticeKind.RESUBMITTED, event.applicationId().value());
    }

    @ApplicationModuleListener
    void on(ApplicationWithdrawn event) {
        tell(event, NoticeKind.WITHDRAWN, event.applicationId().value());
    }

    @ApplicationModuleListener
    void on(MaterialsChanged event) {
        tell(
                event,
                NoticeKind.MATERIALS_CHANGED,
                event.applicationId().value(),
                "#guide.material." + event.materialType() + ".name");
    }

    @ApplicationModuleListener
    void on(ApplicationAccepted event) {
        tell(event, NoticeKind.ACCEPTED, event.applicationId());
    }

    @ApplicationModuleListener
    void on(ApplicationNotAccepted event) {
        tell(event, NoticeKind.NOT_ACCEPTED, event.applicationId());
    }

    @ApplicationModuleListener
    void on(ApplicationReturned event) {
        tell(
                event,
                NoticeKind.RETURNED,
                event.applicationId(),
                event.correctionDue().toString());
    }

    @ApplicationModuleListener
    void on(ApplicationForwarded event) {
        tell(event, NoticeKind.FORWARDED, event.applicationId());
    }

    @ApplicationModuleListener
    void on(StepCompleted event) {
        tell(
                event,
                NoticeKind.STEP_COMPLETED,
                event.applicationId(),
                "#notification.step." + event.step().name());
    }

    @ApplicationModuleListener
    void on(SubsidyApproved event) {
        tell(
                event,
                NoticeKind.SUBSIDY_APPROVED,
                event.applicationId(),
                subsidy(event.subsidy()),
                event.startMonth().toString());
    }

    @ApplicationModuleListener
    void on(SubsidyRefused event) {
        tell(event, NoticeKind.SUBSIDY_REFUSED, event.applicationId(), subsidy(event.subsidy()));
    }

    @ApplicationModuleListener
    void on(ApplicationLapsed event) {
        tell(event, NoticeKind.LAPSED, event.applicationId());
    }

    /** The notice: the application number first, then the kind's own parameters. */
    void tell(DomainEvent event, NoticeKind kind, UUID applicationId, String... more) {
        ApplicationId id = new ApplicationId(applicationId);
        String number;
        Set<UUID> accounts;
        try {
            number = applications.get(id).number();
            accounts = applications.accountsToNotify(id);
        } catch (ApplicationNotFoundException e) {
            log.warn(
                    "Notification: no application {} for event {}",
                    applicationId,
                    event.envelope().eventId());
            return;
        }
        String[] parameters = new String[more.length + 1];
        parameters[0] = number;
        System.arraycopy(more, 0, parameters, 1, more.length);
        notifications.notify(Notice.of(event.envelope().eventId(), kind, applicationId, parameters), accounts);
    }

    private static String subsidy(Subsidy subsidy) {
        return "#notification.subsidy." + subsidy.name();
    }
}
