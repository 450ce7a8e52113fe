package org.liangxiang.intake;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.region.Region;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.crypto.Masking;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds the {@link ApplicationResource} an actor may see, in the caller's language (the JSON API and the applicant's
 * pages show the same).
 */
@Component
public class ApplicationResources {

    private final ApplicationAccess access;
    private final ApplicationStore store;
    private final PayeeAccounts payees;
    private final MaterialStore materials;
    private final RequiredMaterials required;
    private final Corrections corrections;
    private final ApplicationDocuments documents;
    private final Timeline timeline;
    private final IntakeMessages messages;
    private final Regions regions;
    private final ExpectedNext expectedNext;

    ApplicationResources(
            ApplicationAccess access,
            ApplicationStore store,
            PayeeAccounts payees,
            MaterialStore materials,
            RequiredMaterials required,
            Corrections corrections,
            ApplicationDocuments documents,
            Timeline timeline,
            IntakeMessages messages,
            Regions regions,
            ExpectedNext expectedNext) {
        this.access = access;
        this.store = store;
        this.payees = payees;
        this.materials = materials;
        this.required = required;
        this.corrections = corrections;
        this.documents = documents;
        this.timeline = timeline;
        this.messages = messages;
        this.regions = regions;
        this.expectedNext = expectedNext;
    }

    /**
     * The application as the actor may see it, in the caller's language; document links under {@code basePath}. Where
     * it is expected next is read through {@link ExpectedNext} (review's live values), only while it is open.
     */
    @Transactional(readOnly = true)
    public ApplicationResource of(Actor actor, ApplicationId id, String basePath, Locale locale) {
        Application a = access.visible(actor, id);
        ExpectedStage expected = a.status().open() ? expectedNext.of(id).orElse(null) : null;
        return resource(actor, a, expected, basePath, locale);
    }

    /**
     * As {@link #of} for several applications, in the order given: where each open one is expected next is read for
     * all of them at once ({@link ExpectedNext#of(java.util.Collection)}), never once per application.
     */
    @Transactional(readOnly = true)
    public List<ApplicationResource> list(Actor actor, List<ApplicationId> ids, String basePath, Locale locale) {
        List<Application> visible =
                ids.stream().map(id -> access.visible(actor, id)).toList();
        List<ApplicationId> open = visible.stream()
                .filter(a -> a.status().open())
                .map(Application::id)
                .toList();
        Map<ApplicationId, ExpectedStage> expected = open.isEmpty() ? Map.of() : expectedNext.of(open);
        return visible.stream()
                .map(a -> resource(actor, a, expected.get(a.id()), basePath, locale))
                .toList();
    }

    private ApplicationResource resource(
            Actor actor, Application a, ExpectedStage expected, String basePath, Locale locale) {
        ApplicationId id = a.id();
        Person p = store.person(id);
        return new ApplicationResource(
                a.id().toString(),
                a.number(),
                a.status().name(),
                messages.text("intake.status." + a.status(), locale),
                a.channel().name(),
                messages.text("intake.channel." + a.channel(), locale),
                a.subsidies().stream().sorted().map(Enum::name).toList(),
                place(a.receivingTownship()),
                place(a.homeTownship()),
                new ApplicationResource.Submitter(a.submitterKind().name(), a.agentRelationship()),
                new ApplicationResource.PersonView(
                        Masking.name(p.fullName()),
                        p.residentId().masked(),
                        p.certificateNumber().masked(),
                        p.householdAddress(),
                        p.homeTownship(),
                        p.underGuardianship()),
                payee(a),
                a.submittedAt(),
                a.submittedOn(),
                correction(a, locale),
                expected(expected, locale),
                materials.current(id),
                missing(a),
                documents(actor, id, basePath, locale),
                timeline.of(id, locale));
    }

    private ApplicationResource.PayeeView payee(Application a) {
        return payees.find(a.payeeAccountId())
                .map(p -> new ApplicationResource.PayeeView(
                        a.payeeAccountId().toString(),
                        p.holder().name(),
                        Masking.name(p.holderName()),
                        p.bankName(),
                        Masking.accountNumber(p.accountNumber())))
                .orElse(null);
    }

    private ApplicationResource.Correction correction(Application a, Locale locale) {
        if (a.status() != ApplicationStatus.RETURNED) {
            return null;
        }
        List<ApplicationResource.CorrectionEntry> items = corrections.of(a.id(), a.correctionRound()).stream()
                .map(i -> new ApplicationResource.CorrectionEntry(
                        i.item().kind().name(), i.item().code(), itemName(i.item(), locale), i.changed()))
                .toList();
        return new ApplicationResource.Correction(items, a.correctionNote(), a.correctionDue());
    }

    private String itemName(CorrectionItem item, Locale locale) {
        return item.kind() == CorrectionItem.Kind.MATERIAL
                ? messages.text("guide.material." + item.code() + ".name", locale)
                : messages.text("intake.field." + item.code(), locale);
    }

    private ApplicationResource.Expected expected(ExpectedStage expected, Locale locale) {
        if (expected == null) {
            return null;
        }
        return new ApplicationResource.Expected(
                expected.stageKey(),
                expected.stageKey() == null ? null : messages.text(expected.stageKey(), locale),
                expected.officeRegionCode() == null ? null : place(expected.officeRegionCode()),
                expected.dueDate());
    }

    private List<String> missing(Application a) {
        if (a.status() != ApplicationStatus.DRAFT && a.status() != ApplicationStatus.RETURNED) {
            return List.of();
        }
        PayeeHolder holder = payees.holderOf(a.payeeAccountId()).orElse(PayeeHolder.PERSON);
        return required
                .missing(
                        RegionCode.of(a.homeTownship()),
                        a.subsidies(),
                        a.situations(holder),
                        ChinaTime.today(),
                        materials.currentTypes(a.id()))
                .stream()
                .map(m -> m.material().name())
                .toList();
    }

    private List<ApplicationResource.DocumentView> documents(
            Actor actor, ApplicationId id, String basePath, Locale locale) {
        return documents.list(actor, id).stream()
                .map(d -> new ApplicationResource.DocumentView(
                        d.id(),
                        d.kind().name(),
                        messages.text("intake.notice." + d.kind(), locale),
                        d.size(),
                        d.createdAt(),
                        basePath + "/" + id + "/documents/" + d.id()))
                .toList();
    }

    /** A text of intake's bundle (or the key itself when missing). */
    public String text(String key, Locale locale) {
        return messages.text(key, locale);
    }

    /** A region code with its name path. */
    public ApplicationResource.Place place(String code) {
        return new ApplicationResource.Place(
                code,
                regions.find(code).map(Region::code).map(regions::namePath).orElse(code));
    }
}
