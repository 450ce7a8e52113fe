package org.liangxiang.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An application as the JSON API shows it: status, what to correct and by when, where it is expected next, the
 * materials, the notices, and the plain-language timeline. Personal data masked, except the household address.
 */
public record ApplicationResource(
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

    public record Place(String code, String name) {}

    public record Submitter(String kind, String relationship) {}

    public record PersonView(
            String fullName,
            String residentId,
            String certificateNumber,
            String householdAddress,
            String homeTownship,
            boolean underGuardianship) {}

    public record PayeeView(String id, String holder, String holderName, String bankName, String accountNumber) {}

    public record CorrectionEntry(String kind, String code, String name, boolean changed) {}

    public record Correction(List<CorrectionEntry> items, String note, LocalDate due) {}

    public record Expected(String stageKey, String stage, Place office, LocalDate due) {}

    public record DocumentView(UUID id, String kind, String name, long size, Instant createdAt, String href) {}

    public record TimelineEntry(String type, String text, String by, Place office, LocalDate date, Instant at) {}
}
