package org.liangxiang.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An application as the JSON API shows it: status, what to correct and by when, where it is expected next, the
 * materials, the notices, and the plain-language timeline. Personal data masked, except the household address.
 */
record ApplicationResource(
        String id,
        String number,
        String status,
        String statusText,
        String channel,
        String channelText,
        List<String> subsidies,
        Place receivingTownship,
        Place homeTownship,
        Submitter submitter,
        PersonView person,
        PayeeView payee,
        Instant submittedAt,
        LocalDate submittedOn,
        Correction correction,
        Expected expected,
        List<MaterialVersion> materials,
        List<String> missingMaterials,
        List<DocumentView> documents,
        List<TimelineEntry> timeline) {

    record Place(String code, String name) {}

    record Submitter(String kind, String relationship) {}

    record PersonView(
            String fullName,
            String residentId,
            String certificateNumber,
            String householdAddress,
            String homeTownship,
            boolean underGuardianship) {}

    record PayeeView(String id, String holder, String holderName, String bankName, String accountNumber) {}

    record CorrectionEntry(String kind, String code, String name, boolean changed) {}

    record Correction(List<CorrectionEntry> items, String note, LocalDate due) {}

    record Expected(String stageKey, String stage, Place office, LocalDate due) {}

    record DocumentView(UUID id, String kind, String name, long size, Instant createdAt, String href) {}

    record TimelineEntry(String type, String text, String by, Place office, LocalDate date, Instant at) {}
}
