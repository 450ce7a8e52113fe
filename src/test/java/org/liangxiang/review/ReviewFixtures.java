package org.liangxiang.review;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.liangxiang.account.StaffRole;
import org.liangxiang.guide.MaterialType;
import org.liangxiang.guide.RequiredMaterial;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.guide.Requirement;
import org.liangxiang.guide.Situation;
import org.liangxiang.intake.Actor;
import org.liangxiang.intake.ApplicationDocuments;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.intake.Channel;
import org.liangxiang.intake.DraftForm;
import org.liangxiang.intake.NoticeKind;
import org.liangxiang.intake.PartnerIntake;
import org.liangxiang.intake.PayeeDetails;
import org.liangxiang.intake.PersonDetails;
import org.liangxiang.intake.SubmittedApplication;
import org.liangxiang.intake.SubmitterDetails;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Applications made through intake's own services, from any channel, for a fresh person each time (random resident
 * id, level 2 physical disability), and reviewers of the demo regions (roles and jurisdictions as the README's demo
 * staff accounts).
 */
final class ReviewFixtures {

    static final String ZHONGYUAN_A = "410102001"; // 郑州 中原区 林山寨街道 (zz-clerk)
    static final String ZHONGYUAN_B = "410102002"; // 郑州 中原区 建设路街道
    static final String ZHONGYUAN = "410102";
    static final String JIANXI_A = "410305001"; // 洛阳 涧西区 (ly-clerk)
    static final String JIANXI = "410305";
    static final String NANSHAN_A = "440305001"; // 深圳 南山区: another province

    static final Reviewer ZZ_CLERK = reviewer(StaffRole.TOWNSHIP_CLERK, ZHONGYUAN_A);
    static final Reviewer ZZ_CLERK_B = reviewer(StaffRole.TOWNSHIP_CLERK, ZHONGYUAN_B);
    static final Reviewer ZZ_FEDERATION = reviewer(StaffRole.FEDERATION_REVIEWER, ZHONGYUAN);
    static final Reviewer ZZ_CIVIL = reviewer(StaffRole.CIVIL_AFFAIRS_APPROVER, ZHONGYUAN);
    static final Reviewer LY_CLERK = reviewer(StaffRole.TOWNSHIP_CLERK, JIANXI_A);
    static final Reviewer LY_FEDERATION = reviewer(StaffRole.FEDERATION_REVIEWER, JIANXI);
    static final Reviewer LY_CIVIL = reviewer(StaffRole.CIVIL_AFFAIRS_APPROVER, JIANXI);

    private static final Random RANDOM = new SecureRandom();

    private final ApplicationDrafts drafts;
    private final ApplicationMaterials materials;
    private final ApplicationSubmissions submissions;
    private final RequiredMaterials required;
    private final PartnerIntake partners;

    /**
     * The application's documents once it has at least {@code count} of the kind (see {@code IssuedNotices}).
     */
    static List<ApplicationDocuments.Document> awaitDocuments(
            ApplicationDocuments documents, Actor actor, ApplicationId id, NoticeKind kind, int count) {
        return org.liangxiang.intake.IssuedNotices.await(documents, actor, id, kind, count);
    }

    ReviewFixtures(
            ApplicationDrafts drafts,
            ApplicationMaterials materials,
            ApplicationSubmissions submissions,
            RequiredMaterials required,
            PartnerIntake partners) {
        this.drafts = drafts;
        this.materials = materials;
        this.submissions = submissions;
        this.required = required;
        this.partners = partners;
    }

    /**
     * Gives the county a 5-day public notice by the township in its review chain, from 2016 (as a county's own policy
     * version would; written directly since new versions apply from tomorrow). Once per county: fixed id.
     */
    static void publicNoticeIn(String county, JdbcClient jdbc, org.liangxiang.policy.Policies policies) {
        jdbc.sql("""
                INSERT INTO policy_version (id, region_code, effective_from, settings, created_by, note)
                VALUES (?, ?, DATE '2016-01-01', CAST(? AS jsonb), 'review-test', '测试：设公示')
                ON CONFLICT (id) DO NOTHING""")
                .params(
                        UUID.nameUUIDFromBytes(("review-test-notice:" + county).getBytes(StandardCharsets.UTF_8)),
                        county,
                        """
                        {"process.reviewChain": [
                          {"step": "TOWNSHIP_CHECK", "office": "TOWNSHIP", "workingDays": 3},
                          {"step": "FEDERATION_REVIEW", "office": "COUNTY_FEDERATION", "workingDays": 3},
                          {"step": "PUBLIC_NOTICE", "office": "TOWNSHIP", "workingDays": 5},
                          {"step": "CIVIL_AFFAIRS_DECISION", "office": "COUNTY_CIVIL_AFFAIRS", "workingDays": 4}]}""")
                .update();
        policies.forgetSettled(); // written by hand, dated in the past
    }

    static Reviewer reviewer(StaffRole role, String jurisdiction) {
        return new Reviewer(UUID.randomUUID(), role, jurisdiction);
    }

    /** Who hands an application in through the channel, at the receiving township. */
    static Actor actorFor(Channel channel, String receivingTownship) {
        return switch (channel) {
            case ONLINE_WEB, ONLINE_MOBILE -> Actor.applicant(UUID.randomUUID());
            case WINDOW -> Actor.staff(UUID.randomUUID(), StaffRole.TOWNSHIP_CLERK.name(), receivingTownship);
            case ASSISTED -> Actor.staff(UUID.randomUUID(), StaffRole.STAFF_ASSISTANT.name(), receivingTownship);
            case PARTNER -> Actor.partner("henan-provincial");
        };
    }

    /** A submitted application, received online in the township (both subsidies unless named). */
    Submitted submit(String receivingTownship, String homeTownship, Subsidy... subsidies) {
        return submit(Channel.ONLINE_WEB, receivingTownship, homeTownship, subsidies);
    }

    Submitted submit(Channel channel, String receivingTownship, String homeTownship, Subsidy... subsidies) {
        return submit(channel, "王秀英", receivingTownship, homeTownship, subsidies);
    }

    /** A submitted application for a person of the given full name, received online in the township. */
    Submitted submitNamed(String fullName, String receivingTownship, String homeTownship) {
        return submit(Channel.ONLINE_WEB, fullName, receivingTownship, homeTownship);
    }

    /**
     * A submitted application handed in online by an agent of the kind (not PERSON) with the relationship, with the
     * agent's mandate among the materials.
     */
    Submitted submitByAgent(String receivingTownship, String homeTownship, String kind, String relationship) {
        Actor actor = actorFor(Channel.ONLINE_WEB, receivingTownship);
        DraftForm form = new DraftForm(
                person(residentId(), homeTownship),
                new SubmitterDetails(kind, relationship),
                List.of(Subsidy.LIVING.name()),
                receivingTownship,
                new PayeeDetails("PERSON", "王秀英", "中国工商银行", "6222020200001234567"),
                null);
        SubmittedApplication draft = drafts.create(actor, form);
        for (MaterialType type :
                requiredTypes(homeTownship, EnumSet.of(Subsidy.LIVING), EnumSet.of(Situation.AGENT_APPLYING))) {
            materials.upload(actor, draft.id(), type.name(), type.name().toLowerCase() + ".pdf", pdf());
        }
        return new Submitted(actor, submissions.submit(actor, draft.id()));
    }

    private Submitted submit(
            Channel channel, String fullName, String receivingTownship, String homeTownship, Subsidy... subsidies) {
        Actor actor = actorFor(channel, receivingTownship);
        List<Subsidy> asked = subsidies.length == 0 ? List.of(Subsidy.LIVING, Subsidy.CARE) : List.of(subsidies);
        DraftForm form = new DraftForm(
                person(fullName, residentId(), homeTownship),
                null,
                asked.stream().map(Subsidy::name).toList(),
                receivingTownship,
                new PayeeDetails("PERSON", "王秀英", "中国工商银行", "6222020200001234567"),
                channel == Channel.ONLINE_MOBILE ? "ONLINE_MOBILE" : null);
        if (channel == Channel.PARTNER) {
            Map<String, PartnerIntake.PartnerMaterial> files = new LinkedHashMap<>();
            requiredTypes(homeTownship, EnumSet.copyOf(asked))
                    .forEach(t -> files.put(t.name(), new PartnerIntake.PartnerMaterial(t.name() + ".pdf", pdf())));
            return new Submitted(
                    actor,
                    partners.receive("henan-provincial", UUID.randomUUID().toString(), form, files));
        }
        SubmittedApplication draft = drafts.create(actor, form);
        uploadRequired(actor, draft);
        SubmittedApplication submitted = submissions.submit(actor, draft.id());
        return new Submitted(actor, submitted);
    }

    /** Replaces a material (so that a return naming it can be resubmitted) and resubmits. */
    void resubmitWith(Submitted a, String materialType) {
        materials.upload(a.actor(), a.id(), materialType, "again.pdf", pdf());
        submissions.resubmit(a.actor(), a.id());
    }

    void withdraw(Submitted a) {
        submissions.withdraw(a.actor(), a.id());
    }

    void uploadRequired(Actor actor, SubmittedApplication a) {
        for (MaterialType type : requiredTypes(a.homeTownship(), a.subsidies())) {
            materials.upload(actor, a.id(), type.name(), type.name().toLowerCase() + ".pdf", pdf());
        }
    }

    private Set<MaterialType> requiredTypes(String homeTownship, Set<Subsidy> subsidies) {
        return requiredTypes(homeTownship, subsidies, Set.of());
    }

    private Set<MaterialType> requiredTypes(String homeTownship, Set<Subsidy> subsidies, Set<Situation> situations) {
        Set<MaterialType> types = EnumSet.noneOf(MaterialType.class);
        for (RequiredMaterial m :
                required.forApplication(RegionCode.of(homeTownship), subsidies, situations, ChinaTime.today())) {
            if (m.requirement() == Requirement.REQUIRED) {
                types.add(m.material());
            }
        }
        return types;
    }

    static PersonDetails person(ResidentId id, String homeTownship) {
        return person("王秀英", id, homeTownship);
    }

    static PersonDetails person(String fullName, ResidentId id, String homeTownship) {
        return new PersonDetails(fullName, id.value(), id.value() + "42", "河南省某地某路1号", homeTownship, false);
    }

    /** A fresh three-character Chinese name (common ideographs), so that a search by name finds only this test's rows. */
    static String freshName() {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 3; i++) {
            name.append((char) (0x4E00 + RANDOM.nextInt(0x9FA5 - 0x4E00)));
        }
        return name.toString();
    }

    static ResidentId residentId() {
        LocalDate birth = LocalDate.of(1950 + RANDOM.nextInt(50), 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28));
        String first17 = "4101" + String.format("%02d", RANDOM.nextInt(100))
                + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", RANDOM.nextInt(1000));
        return ResidentId.of(first17 + ResidentId.checkCharacter(first17));
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n% review test " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** A submitted application and who submitted it. */
    record Submitted(Actor actor, SubmittedApplication application) {

        ApplicationId id() {
            return application.id();
        }

        UUID uuid() {
            return application.id().value();
        }
    }
}
