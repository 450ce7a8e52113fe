package org.liangxiang.review.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.liangxiang.audit.AuditRecordView;
import org.liangxiang.eligibility.EvidenceReport;
import org.liangxiang.intake.ApplicationDocuments;
import org.liangxiang.intake.MaterialVersion;
import org.liangxiang.intake.SubmittedApplication;
import org.liangxiang.review.CaseView;
import org.liangxiang.shared.ChinaTime;

/**
 * Everything the case page shows: the case, the application, the person (masked unless shown in full for a reason),
 * every version of every material, the evidence reports, the documents issued, the timeline and the assignee.
 */
record CaseFile(
        CaseView view,
        SubmittedApplication application,
        PersonShown person,
        List<Material> materials,
        List<EvidenceReport> reports,
        List<ApplicationDocuments.Document> documents,
        List<AuditRecordView> timeline,
        String receivingName,
        String homeName,
        String ownerName,
        Map<String, String> officeNames) {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A moment as the page shows it: the Beijing date and time to the minute. */
    public String at(Instant instant) {
        return instant == null ? "" : AT.format(instant.atZone(ChinaTime.ZONE));
    }

    /**
     * The office of a timeline entry's actor as the offices of the region give it (region name and office name), or the
     * region's name for a role without an office; null when the entry has no office (the applicant, a partner).
     */
    public String office(AuditRecordView entry) {
        return entry.actorOffice() == null ? null : officeNames.get(TimelineOffices.key(entry));
    }

    /** The material of the type with its versions, or null when none was handed in. */
    public Material material(String type) {
        return materials.stream().filter(m -> m.type().equals(type)).findFirst().orElse(null);
    }

    /** One material type with its versions, newest first. */
    record Material(String type, List<MaterialVersion> versions) {}

    /** The person as shown: masked, or in full after an audited reason. */
    record PersonShown(
            String fullName, String residentId, String certificateNumber, String householdAddress, boolean full) {}
}
