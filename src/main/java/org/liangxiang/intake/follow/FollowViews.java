package org.liangxiang.intake.follow;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.liangxiang.intake.Actor;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationResource;
import org.liangxiang.intake.ApplicationResources;
import org.liangxiang.intake.MaterialVersion;
import org.liangxiang.shared.ChinaTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the follow pages show of an application, from intake's own resource (the same the JSON API answers): the
 * status and the next step in plain words with its expected date, the materials with their versions.
 */
@Component
class FollowViews {

    static final String BASE = "/my/applications";

    private final ApplicationResources resources;
    private final ApplicationMaterials materials;
    private final MessageSource messages;

    FollowViews(ApplicationResources resources, ApplicationMaterials materials, MessageSource messages) {
        this.resources = resources;
        this.materials = materials;
        this.messages = messages;
    }

    /** One line of a list: whom it is for (masked), what, the status, and what happens next by when. */
    record Row(
            String id,
            String number,
            String person,
            String subsidies,
            String status,
            String statusText,
            String next,
            LocalDate nextDate) {}

    /** One material with every version uploaded, oldest first, each as a download link. */
    record Material(String type, String name, List<Link> versions) {}

    /** A download: where, and what the link says (name, size, China date). */
    record Link(String id, String href, String text) {}

    ApplicationResource resource(Actor actor, ApplicationId id, Locale locale) {
        return resources.of(actor, id, BASE, locale);
    }

    /** The lines of a list, in the order given; where each is expected next read for all at once. */
    List<Row> rows(Actor actor, List<ApplicationId> ids, Locale locale) {
        return resources.list(actor, ids, BASE, locale).stream()
                .map(r -> row(r, locale))
                .toList();
    }

    private Row row(ApplicationResource r, Locale locale) {
        NextStep next = next(r, locale);
        return new Row(
                r.id(),
                r.number(),
                r.person().fullName(),
                subsidies(r, locale),
                r.status(),
                r.statusText(),
                next.text(),
                next.date());
    }

    String subsidies(ApplicationResource r, Locale locale) {
        return r.subsidies().stream()
                .map(s -> text("intake.follow.subsidy." + s, locale))
                .collect(Collectors.joining(text("intake.follow.subsidy.separator", locale)));
    }

    List<Material> materials(Actor actor, ApplicationResource r, Locale locale) {
        ApplicationId id = ApplicationId.of(r.id());
        return r.materials().stream()
                .map(m -> new Material(
                        m.materialType(),
                        text("guide.material." + m.materialType() + ".name", locale),
                        materials.versions(actor, id, m.materialType()).stream()
                                .map(v -> version(r, v, locale))
                                .toList()))
                .toList();
    }

    private Link version(ApplicationResource r, MaterialVersion v, Locale locale) {
        return new Link(
                "material-" + v.materialType() + "-" + v.version(),
                BASE + "/" + r.id() + "/materials/" + v.id(),
                text(
                        "intake.follow.materials.version",
                        locale,
                        v.version(),
                        date(v.uploadedAt(), locale),
                        kb(v.size())));
    }

    List<Link> documents(ApplicationResource r, Locale locale) {
        return r.documents().stream()
                .map(d -> new Link(
                        "document-" + d.id(),
                        d.href(),
                        text(
                                "intake.follow.documents.download",
                                locale,
                                d.name(),
                                kb(d.size()),
                                date(d.createdAt(), locale))))
                .toList();
    }

    String date(Instant at, Locale locale) {
        return date(at.atZone(ChinaTime.ZONE).toLocalDate(), locale);
    }

    String date(LocalDate day, Locale locale) {
        return day == null ? null : day.format(DateTimeFormatter.ofPattern(text("intake.follow.dateFormat", locale)));
    }

    private static long kb(long bytes) {
        return (bytes + 1023) / 1024;
    }

    /** What happens next, in plain words, and the date it is expected by (null when none). */
    record NextStep(String text, LocalDate date) {}

    NextStep next(ApplicationResource r, Locale locale) {
        ApplicationResource.Expected expected = r.expected();
        String office = expected != null && expected.office() != null
                ? expected.office().name()
                : r.receivingTownship().name();
        LocalDate due = expected == null ? null : expected.due();
        return switch (r.status()) {
            case "SUBMITTED" -> new NextStep(text("intake.follow.next.SUBMITTED", locale, office), due);
            case "RETURNED" ->
                new NextStep(
                        text("intake.follow.next.RETURNED", locale),
                        r.correction() == null ? null : r.correction().due());
            case "IN_REVIEW" ->
                new NextStep(
                        text(
                                "intake.follow.next.IN_REVIEW",
                                locale,
                                expected == null || expected.stage() == null
                                        ? text("intake.follow.stage.unknown", locale)
                                        : expected.stage(),
                                office),
                        due);
            default -> new NextStep(text("intake.follow.next." + r.status(), locale), null);
        };
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
