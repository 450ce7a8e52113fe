package org.liangxiang.eligibility;

import org.liangxiang.intake.ApplicantPerson;
import org.liangxiang.intake.ApplicationSubmitted;
import org.liangxiang.intake.ApplicationWithdrawn;
import org.liangxiang.intake.Applications;
import org.liangxiang.intake.SubmittedApplication;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * On a submission, the evidence report per requested subsidy (the household-registration township's policy on the
 * submission date), and a note of the application for proactive discovery. Idempotent: an event that arrives twice
 * makes nothing new. A withdrawal closes the note.
 */
@Component
class SubmissionListener {

    private final Applications applications;
    private final EvidenceReports reports;
    private final PersonalData personalData;
    private final JdbcClient jdbc;

    SubmissionListener(Applications applications, EvidenceReports reports, PersonalData personalData, JdbcClient jdbc) {
        this.applications = applications;
        this.reports = reports;
        this.personalData = personalData;
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(ApplicationSubmitted event) {
        SubmittedApplication application = applications.get(event.applicationId());
        ApplicantPerson person = applications.person(event.applicationId());
        byte[] index =
                personalData.index(PersonalData.RESIDENT_ID, person.residentId().value());
        jdbc.sql("""
                        INSERT INTO elig_application (application_id, resident_index, subsidies, home_township,
                            submitted_on)
                        VALUES (:id, :index, :subsidies, :township, :on) ON CONFLICT (application_id) DO NOTHING
                        """)
                .param("id", application.id().value())
                .param("index", index)
                .param(
                        "subsidies",
                        application.subsidies().stream()
                                .map(Enum::name)
                                .sorted()
                                .toArray(String[]::new))
                .param("township", application.homeTownship())
                .param("on", application.submittedOn())
                .update();
        reports.onSubmission(
                application.id().value(),
                person.residentId(),
                person.certificateNumber(),
                RegionCode.of(application.homeTownship()),
                application.submittedOn(),
                application.subsidies());
    }

    @ApplicationModuleListener
    void on(ApplicationWithdrawn event) {
        jdbc.sql("UPDATE elig_application SET withdrawn_at = now() WHERE application_id = :id AND withdrawn_at IS NULL")
                .param("id", event.applicationId().value())
                .update();
    }
}
