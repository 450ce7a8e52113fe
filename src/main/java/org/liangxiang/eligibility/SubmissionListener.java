package org.liangxiang.eligibility;

import org.liangxiang.intake.ApplicantPerson;
import org.liangxiang.intake.ApplicationSubmitted;
import org.liangxiang.intake.Applications;
import org.liangxiang.intake.SubmittedApplication;
import org.liangxiang.shared.RegionCode;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * On a submission, the evidence report per requested subsidy (the household-registration township's policy on the
 * submission date). Idempotent: an event that arrives twice makes nothing new. Who has applied is intake's own read
 * ({@link Applications#OPEN_APPLICATIONS}), not a copy kept here.
 */
@Component
class SubmissionListener {

    private final Applications applications;
    private final EvidenceReports reports;

    SubmissionListener(Applications applications, EvidenceReports reports) {
        this.applications = applications;
        this.reports = reports;
    }

    @ApplicationModuleListener
    void on(ApplicationSubmitted event) {
        SubmittedApplication application = applications.get(event.applicationId());
        ApplicantPerson person = applications.person(event.applicationId());
        reports.onSubmission(
                application.id().value(),
                person.residentId(),
                person.certificateNumber(),
                RegionCode.of(application.homeTownship()),
                application.submittedOn(),
                application.subsidies());
    }
}
