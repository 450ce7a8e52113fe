package org.liangxiang.intake;

import java.util.List;
import java.util.Locale;
import org.liangxiang.audit.AuditRecordView;
import org.liangxiang.audit.AuditRecords;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.ChinaTime;
import org.springframework.stereotype.Component;

/**
 * The applicant's timeline: one entry per audited act on the application (intake's and review's), in plain language
 * from the bundle ({@code intake.timeline.<TYPE>}), with the acting office's name and the China date.
 */
@Component
class Timeline {

    private final AuditRecords audit;
    private final Regions regions;
    private final IntakeMessages messages;

    Timeline(AuditRecords audit, Regions regions, IntakeMessages messages) {
        this.audit = audit;
        this.regions = regions;
        this.messages = messages;
    }

    List<ApplicationResource.TimelineEntry> of(ApplicationId id, Locale locale) {
        return audit.forObject(IntakeRecorder.OBJECT_TYPE, id.toString()).stream()
                .map(r -> entry(r, locale))
                .toList();
    }

    private ApplicationResource.TimelineEntry entry(AuditRecordView r, Locale locale) {
        String text = messages.text("intake.timeline." + r.type(), locale);
        if (text.equals("intake.timeline." + r.type())) {
            text = messages.text("intake.timeline.other", locale);
        }
        return new ApplicationResource.TimelineEntry(
                r.type(),
                text,
                by(r, locale),
                office(r.actorOffice()),
                r.occurredAt().atZone(ChinaTime.ZONE).toLocalDate(),
                r.occurredAt());
    }

    private String by(AuditRecordView r, Locale locale) {
        return Actor.Kind.APPLICANT.name().equals(r.actorRole())
                ? messages.text("intake.timeline.you", locale)
                : messages.text("intake.timeline.by." + (r.actorOffice() == null ? "system" : "office"), locale);
    }

    private ApplicationResource.Place office(String code) {
        if (code == null) {
            return null;
        }
        return regions.find(code)
                .map(region -> new ApplicationResource.Place(region.code(), regions.namePath(region.code())))
                .orElse(new ApplicationResource.Place(code, code));
    }
}
