package org.liangxiang.intake.follow;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.liangxiang.TestResidentIds;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.account.StaffRole;
import org.liangxiang.guide.MaterialType;
import org.liangxiang.guide.RequiredMaterial;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.guide.Requirement;
import org.liangxiang.guide.Situation;
import org.liangxiang.intake.Actor;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.intake.CorrectionItem;
import org.liangxiang.intake.DraftForm;
import org.liangxiang.intake.PayeeDetails;
import org.liangxiang.intake.PersonDetails;
import org.liangxiang.intake.SubmittedApplication;
import org.liangxiang.intake.SubmitterDetails;
import org.liangxiang.policy.ReviewStep;
import org.liangxiang.review.CaseSummary;
import org.liangxiang.review.Reviewer;
import org.liangxiang.review.Reviews;
import org.liangxiang.review.SubsidyDecision;
import org.liangxiang.review.Worklists;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;

/**
 * Test data for the follow pages, made through the services themselves: applicant accounts (real-name bound or not),
 * applications submitted online (by the person or an agent) or at a window in Zhengzhou 中原区 林山寨街道, and the
 * staff's acts on them through review (return for correction, acceptance, the whole chain to a decision).
 */
public final class FollowFixtures {

    public static final String TOWNSHIP = "410102001"; // 郑州 中原区 林山寨街道: chain without public notice
    public static final String COUNTY = "410102";

    private final ApplicationDrafts drafts;
    private final ApplicationMaterials materials;
    private final ApplicationSubmissions submissions;
    private final RequiredMaterials required;
    private final ApplicantAccounts applicants;
    private final Reviews reviews;
    private final Worklists worklists;

    public FollowFixtures(
            ApplicationDrafts drafts,
            ApplicationMaterials materials,
            ApplicationSubmissions submissions,
            RequiredMaterials required,
            ApplicantAccounts applicants,
            Reviews reviews,
            Worklists worklists) {
        this.drafts = drafts;
        this.materials = materials;
        this.submissions = submissions;
        this.required = required;
        this.applicants = applicants;
        this.reviews = reviews;
        this.worklists = worklists;
    }

    /** A new applicant account with a random 136 number and the password; returns its id. */
    public UUID account(String mobile, String password) {
        return applicants.register(mobile, password);
    }

    public static String newMobile() {
        return "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static ResidentId newPerson() {
        return ResidentId.of(TestResidentIds.random());
    }

    /** Binds the account to the person (as a passed real-name check would). */
    public void bind(UUID account, ResidentId person) {
        applicants.bindRealName(account, "王秀英", person, certificate(person));
    }

    /** An application for the person submitted online by the account, for themself or (with an agent kind) for them. */
    public SubmittedApplication online(UUID account, ResidentId person, String agentKind, Subsidy... subsidies) {
        Actor actor = Actor.applicant(account);
        SubmitterDetails submitter = agentKind == null ? null : new SubmitterDetails(agentKind, "女儿");
        SubmittedApplication draft = drafts.create(actor, form(person, submitter, subsidies));
        upload(actor, draft, agentKind == null ? Set.of() : Set.of(Situation.AGENT_APPLYING));
        if (agentKind != null) {
            materials.upload(actor, draft.id(), MaterialType.AGENT_AUTHORISATION_AND_ID.name(), "mandate.pdf", pdf());
        }
        return submissions.submit(actor, draft.id());
    }

    /** An application for the person entered and submitted at the township window by a clerk. */
    public SubmittedApplication atWindow(ResidentId person, Subsidy... subsidies) {
        Actor clerk = Actor.staff(UUID.randomUUID(), StaffRole.TOWNSHIP_CLERK.name(), TOWNSHIP);
        SubmittedApplication draft = drafts.create(clerk, form(person, null, subsidies));
        upload(clerk, draft, Set.of());
        return submissions.submit(clerk, draft.id());
    }

    /** The township clerk returns the application for correction of the items. */
    public void returned(SubmittedApplication a, List<CorrectionItem> items, String note) {
        Reviewer clerk = reviewer(StaffRole.TOWNSHIP_CLERK, TOWNSHIP);
        reviews.returnForCorrection(clerk, a.id().value(), version(clerk, a), items, note);
    }

    /** Accepted, checked, reviewed and every subsidy approved. */
    public void decided(SubmittedApplication a) {
        Reviewer clerk = reviewer(StaffRole.TOWNSHIP_CLERK, TOWNSHIP);
        UUID id = a.id().value();
        CaseSummary s = reviews.accept(clerk, id, version(clerk, a));
        s = reviews.completeStep(clerk, id, s.version(), ReviewStep.TOWNSHIP_CHECK);
        s = reviews.completeStep(
                reviewer(StaffRole.FEDERATION_REVIEWER, COUNTY), id, s.version(), ReviewStep.FEDERATION_REVIEW);
        reviews.decide(
                reviewer(StaffRole.CIVIL_AFFAIRS_APPROVER, COUNTY),
                id,
                s.version(),
                a.subsidies().stream().map(SubsidyDecision::approve).toList());
    }

    public static byte[] pdf() {
        return ("%PDF-1.4\n% follow test " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private long version(Reviewer reviewer, SubmittedApplication a) {
        return worklists.get(reviewer, a.id().value()).version();
    }

    private static Reviewer reviewer(StaffRole role, String jurisdiction) {
        return new Reviewer(UUID.randomUUID(), role, jurisdiction);
    }

    private static DraftForm form(ResidentId person, SubmitterDetails submitter, Subsidy... subsidies) {
        return new DraftForm(
                new PersonDetails(
                        "王秀英", person.value(), certificate(person).value(), "河南省郑州市中原区桐柏路1号", TOWNSHIP, false),
                submitter,
                List.of(subsidies).stream().map(Subsidy::name).toList(),
                null,
                new PayeeDetails("PERSON", "王秀英", "中国工商银行", "6222020200001234567"),
                null);
    }

    private static CertificateNumber certificate(ResidentId person) {
        return CertificateNumber.of(person.value() + "42", person);
    }

    private void upload(Actor actor, SubmittedApplication a, Set<Situation> situations) {
        Set<MaterialType> types = EnumSet.noneOf(MaterialType.class);
        for (RequiredMaterial m : required.forApplication(
                RegionCode.of(a.homeTownship()), a.subsidies(), situations, ChinaTime.today())) {
            if (m.requirement() == Requirement.REQUIRED) {
                types.add(m.material());
            }
        }
        for (MaterialType type : types) {
            materials.upload(actor, a.id(), type.name(), type.name().toLowerCase() + ".pdf", pdf());
        }
    }
}
