package org.liangxiang.review.web;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.liangxiang.audit.AuditRecordView;
import org.liangxiang.audit.AuditRecords;
import org.liangxiang.eligibility.EvidenceReports;
import org.liangxiang.intake.Actor;
import org.liangxiang.intake.ApplicantPerson;
import org.liangxiang.intake.ApplicationDocuments;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.Applications;
import org.liangxiang.intake.MaterialVersion;
import org.liangxiang.region.Regions;
import org.liangxiang.review.CaseAssignments;
import org.liangxiang.review.CaseView;
import org.liangxiang.review.Reviewer;
import org.liangxiang.review.Worklists;
import org.liangxiang.shared.crypto.Masking;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gathers a case's file from the services that own each part: review's case (which also decides whether the staff
 * member may read it: else 404), intake's application, person, materials and documents, eligibility's evidence
 * reports and the audit trail's records of the application.
 */
@Component
class CaseFiles {

    static final String APPLICATION = "APPLICATION";

    private final Worklists worklists;
    private final Applications applications;
    private final ApplicationMaterials materials;
    private final ApplicationDocuments documents;
    private final EvidenceReports reports;
    private final AuditRecords audit;
    private final Regions regions;
    private final TimelineOffices offices;

    CaseFiles(
            Worklists worklists,
            Applications applications,
            ApplicationMaterials materials,
            ApplicationDocuments documents,
            EvidenceReports reports,
            AuditRecords audit,
            Regions regions,
            TimelineOffices offices) {
        this.worklists = worklists;
        this.applications = applications;
        this.materials = materials;
        this.documents = documents;
        this.reports = reports;
        this.audit = audit;
        this.regions = regions;
        this.offices = offices;
    }

    /** How the person is shown. */
    enum Shown {
        /** Masked name, resident id and certificate number; no address (the case page). */
        MASKED,
        /** Everything in full (after an audited reason). */
        FULL,
        /** The application and approval form the person signs: their name and address, the numbers masked. */
        FORM
    }

    /** The case's file with the person masked. */
    CaseFile of(Reviewer reviewer, UUID id) {
        return of(reviewer, id, Shown.MASKED);
    }

    /** The case's file; {@code FULL} only after the caller has audited why. */
    @Transactional(readOnly = true)
    CaseFile of(Reviewer reviewer, UUID id, Shown full) {
        CaseView view = worklists.get(reviewer, id);
        ApplicationId applicationId = new ApplicationId(id);
        Actor actor = actor(reviewer);
        List<AuditRecordView> timeline = timeline(id);
        return new CaseFile(
                view,
                applications.get(applicationId),
                person(applications.person(applicationId), full),
                materials(actor, applicationId),
                reports.forApplication(id),
                documents.list(actor, applicationId),
                timeline,
                name(view.receivingTownship()),
                name(view.homeTownship()),
                name(view.ownerTownship()),
                offices.of(timeline, view));
    }

    /** The application's audit records and the case's own (reassignments), in the order they happened. */
    private List<AuditRecordView> timeline(UUID id) {
        return java.util.stream.Stream.concat(
                        audit.forObject(APPLICATION, id.toString()).stream(),
                        audit.forObject(CaseAssignments.OBJECT, id.toString()).stream())
                .sorted(Comparator.comparingLong(AuditRecordView::seq))
                .toList();
    }

    static Actor actor(Reviewer reviewer) {
        return Actor.staff(reviewer.accountId(), reviewer.role().name(), reviewer.jurisdiction());
    }

    String name(String code) {
        return code == null
                ? null
                : regions.find(code).map(r -> regions.namePath(r.code())).orElse(code);
    }

    private List<CaseFile.Material> materials(Actor actor, ApplicationId id) {
        return materials.current(actor, id).stream()
                .map(current -> new CaseFile.Material(
                        current.materialType(),
                        materials.versions(actor, id, current.materialType()).stream()
                                .sorted(Comparator.comparingInt(MaterialVersion::version)
                                        .reversed())
                                .toList()))
                .toList();
    }

    private static CaseFile.PersonShown person(ApplicantPerson p, Shown shown) {
        String certificate =
                p.certificateNumber() == null ? null : p.certificateNumber().value();
        String maskedCertificate = certificate == null ? null : Masking.certificateNumber(certificate);
        return switch (shown) {
            case FULL ->
                new CaseFile.PersonShown(p.fullName(), p.residentId().value(), certificate, p.householdAddress(), true);
            case FORM ->
                new CaseFile.PersonShown(
                        p.fullName(), p.residentId().masked(), maskedCertificate, p.householdAddress(), false);
            case MASKED ->
                new CaseFile.PersonShown(
                        Masking.name(p.fullName()), p.residentId().masked(), maskedCertificate, null, false);
        };
    }
}
