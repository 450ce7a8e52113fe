package org.liangxiang.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liangxiang.review.ReviewFixtures.JIANXI;
import static org.liangxiang.review.ReviewFixtures.JIANXI_A;
import static org.liangxiang.review.ReviewFixtures.LY_CIVIL;
import static org.liangxiang.review.ReviewFixtures.LY_CLERK;
import static org.liangxiang.review.ReviewFixtures.LY_FEDERATION;
import static org.liangxiang.review.ReviewFixtures.NANSHAN_A;
import static org.liangxiang.review.ReviewFixtures.ZHONGYUAN;
import static org.liangxiang.review.ReviewFixtures.ZHONGYUAN_A;
import static org.liangxiang.review.ReviewFixtures.ZHONGYUAN_B;
import static org.liangxiang.review.ReviewFixtures.ZZ_CIVIL;
import static org.liangxiang.review.ReviewFixtures.ZZ_CLERK;
import static org.liangxiang.review.ReviewFixtures.ZZ_FEDERATION;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.liangxiang.IntegrationTest;
import org.liangxiang.audit.AuditRecordView;
import org.liangxiang.audit.AuditRecords;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.intake.ApplicationDocuments;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationStatus;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.intake.Applications;
import org.liangxiang.intake.Channel;
import org.liangxiang.intake.CorrectionItem;
import org.liangxiang.intake.NoticeKind;
import org.liangxiang.intake.PartnerIntake;
import org.liangxiang.policy.ReviewStep;
import org.liangxiang.review.ReviewFixtures.Submitted;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.Money;
import org.liangxiang.shared.Subsidy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Cases through the lawful flow, made through intake's services and moved through review's, with audit and events. */
@IntegrationTest
@RecordApplicationEvents
class ReviewFlowIntegrationTests {

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    ApplicationMaterials materials;

    @Autowired
    ApplicationSubmissions submissions;

    @Autowired
    RequiredMaterials required;

    @Autowired
    PartnerIntake partners;

    @Autowired
    Applications applications;

    @Autowired
    ApplicationDocuments documents;

    @Autowired
    Reviews reviews;

    @Autowired
    Worklists worklists;

    @Autowired
    LapseJob lapses;

    @Autowired
    AuditRecords audit;

    @Autowired
    ApplicationEvents events;

    @Autowired
    NoticeIssuer issuer;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    ReviewFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReviewFixtures(drafts, materials, submissions, required, partners);
    }

    CaseView view(Reviewer reviewer, Submitted a) {
        return worklists.get(reviewer, a.uuid());
    }

    long version(Submitted a) {
        return view(ZZ_CLERK, a).version();
    }

    /**
     * The application's documents once it has at least {@code count} of the kind: notices are issued after the act's
     * commit (bounded poll; fails after 30 s).
     */
    List<ApplicationDocuments.Document> documents(Submitted a, NoticeKind kind, int count) {
        return ReviewFixtures.awaitDocuments(documents, a.actor(), a.id(), kind, count);
    }

    List<String> auditTypes(Submitted a) {
        return audit.forObject("APPLICATION", a.id().toString()).stream()
                .map(AuditRecordView::type)
                .toList();
    }

    /** Township check, federation review and the decision of both subsidies, in Zhengzhou's 中原区. */
    void throughTheChain(Submitted a) {
        CaseSummary s = reviews.completeStep(ZZ_CLERK, a.uuid(), version(a), ReviewStep.TOWNSHIP_CHECK);
        assertThat(s.step()).isEqualTo(ReviewStep.FEDERATION_REVIEW);
        s = reviews.completeStep(ZZ_FEDERATION, a.uuid(), s.version(), ReviewStep.FEDERATION_REVIEW);
        assertThat(s.step()).isEqualTo(ReviewStep.CIVIL_AFFAIRS_DECISION);
        s = reviews.decide(
                ZZ_CIVIL,
                a.uuid(),
                s.version(),
                a.application().subsidies().stream()
                        .map(SubsidyDecision::approve)
                        .toList());
        assertThat(s.state()).isEqualTo(CaseState.DECIDED);
    }

    @ParameterizedTest
    @EnumSource(Channel.class)
    void everyChannelGoesThroughTheSameLawfulPath(Channel channel) {
        Submitted a = fixtures.submit(channel, ZHONGYUAN_A, ZHONGYUAN_B);

        CaseView submitted = view(ZZ_CLERK, a);
        assertThat(submitted.state()).isEqualTo(CaseState.TO_ACCEPT);
        assertThat(submitted.channel()).isEqualTo(channel.name());
        assertThat(submitted.ownerTownship()).isEqualTo(ZHONGYUAN_A);
        assertThat(submitted.dueDate()).isAfter(a.application().submittedOn());
        CaseSummary accepted = reviews.accept(ZZ_CLERK, a.uuid(), submitted.version());
        assertThat(accepted.state()).isEqualTo(CaseState.IN_REVIEW);
        assertThat(accepted.step()).isEqualTo(ReviewStep.TOWNSHIP_CHECK);
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.IN_REVIEW);

        throughTheChain(a);

        CaseView done = view(ZZ_CLERK, a);
        assertThat(done.subsidies()).extracting(SubsidyOutcome::outcome).containsOnly(SubsidyOutcome.Outcome.APPROVED);
        assertThat(done.subsidies())
                .filteredOn(o -> o.subsidy() == Subsidy.LIVING)
                .singleElement()
                .satisfies(o -> {
                    assertThat(o.monthlyAmount()).isEqualTo(Money.ofYuan(120)); // Zhengzhou's living subsidy
                    assertThat(o.startMonth())
                            .isEqualTo(YearMonth.from(a.application().submittedOn()));
                    assertThat(o.policyReference()).startsWith("P1:");
                });
        assertThat(done.steps())
                .extracting(CaseView.StepView::step)
                .containsExactly(
                        ReviewStep.TOWNSHIP_CHECK, ReviewStep.FEDERATION_REVIEW, ReviewStep.CIVIL_AFFAIRS_DECISION);
        assertThat(done.steps()).allSatisfy(s -> assertThat(s.completedOn()).isNotNull());
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.DECIDED);
        assertThat(auditTypes(a))
                .contains("APPLICATION_ACCEPTED", "STEP_COMPLETED", "SUBSIDY_APPROVED")
                .filteredOn("STEP_COMPLETED"::equals)
                .hasSize(3);
        assertThat(events.stream(SubsidyApproved.class)
                        .filter(e -> e.applicationId().equals(a.uuid())))
                .hasSize(2)
                .allSatisfy(e -> {
                    assertThat(e.payeeAccountId()).isEqualTo(a.application().payeeAccountId());
                    assertThat(e.policyVersionIds()).isNotEmpty();
                    assertThat(e.envelope().channel()).isEqualTo(channel.name());
                });
        assertThat(documents(a, NoticeKind.ACCEPTANCE_RECEIPT, 1))
                .extracting(ApplicationDocuments.Document::kind)
                .contains(NoticeKind.ACCEPTANCE_RECEIPT);
    }

    @Test
    void aCaseReceivedInZhengzhouIsForwardedToLuoyangAndDecidedThere() {
        Submitted a = fixtures.submit(ZHONGYUAN_A, JIANXI_A);
        CaseSummary s = reviews.accept(ZZ_CLERK, a.uuid(), version(a));

        assertThat(s.state()).isEqualTo(CaseState.TO_FORWARD);
        assertThat(s.worklist()).isEqualTo(Worklist.TO_FORWARD);
        assertThat(view(LY_CLERK, a).state()).isEqualTo(CaseState.TO_FORWARD); // the home township reads it
        long beforeForwarding = s.version();
        assertThatThrownBy(() -> reviews.forward(LY_CLERK, a.uuid(), beforeForwarding))
                .isInstanceOf(CaseNotFoundException.class); // the receiving township owns it until forwarded

        s = reviews.forward(ZZ_CLERK, a.uuid(), s.version());

        assertThat(s.ownerTownship()).isEqualTo(JIANXI_A);
        assertThat(s.step()).isEqualTo(ReviewStep.TOWNSHIP_CHECK);
        CaseView forwarded = view(LY_CLERK, a);
        assertThat(forwarded.officeRegion()).isEqualTo(JIANXI_A);
        assertThat(forwarded.chainPolicy()).contains(":" + JIANXI_A + ":");
        assertThat(view(ZZ_CLERK, a).ownerTownship()).isEqualTo(JIANXI_A); // the receiving township still reads it
        long afterForwarding = s.version();
        assertThatThrownBy(() -> reviews.completeStep(ZZ_CLERK, a.uuid(), afterForwarding, null))
                .isInstanceOf(CaseNotFoundException.class);

        s = reviews.completeStep(LY_CLERK, a.uuid(), s.version(), null);
        s = reviews.completeStep(LY_FEDERATION, a.uuid(), s.version(), null);
        assertThat(view(LY_CIVIL, a).officeRegion()).isEqualTo(JIANXI);
        s = reviews.decide(
                LY_CIVIL,
                a.uuid(),
                s.version(),
                List.of(SubsidyDecision.approve(Subsidy.LIVING), SubsidyDecision.approve(Subsidy.CARE)));

        assertThat(s.state()).isEqualTo(CaseState.DECIDED);
        assertThat(view(LY_CLERK, a).subsidies())
                .filteredOn(o -> o.subsidy() == Subsidy.CARE)
                .singleElement()
                .satisfies(o -> assertThat(o.monthlyAmount()).isEqualTo(Money.ofYuan(60))); // Henan's floor
        assertThat(events.stream(ApplicationForwarded.class)
                        .filter(e -> e.applicationId().equals(a.uuid())))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.fromTownship()).isEqualTo(ZHONGYUAN_A);
                    assertThat(e.toTownship()).isEqualTo(JIANXI_A);
                });
        assertThat(audit.forObject("APPLICATION", a.id().toString()))
                .filteredOn(r -> r.type().equals("APPLICATION_FORWARDED"))
                .singleElement()
                .satisfies(r -> assertThat(r.actorOffice()).isEqualTo(ZHONGYUAN_A));
        assertThat(documents(a, NoticeKind.FORWARDING_NOTICE, 1))
                .extracting(ApplicationDocuments.Document::kind)
                .contains(NoticeKind.FORWARDING_NOTICE);
    }

    @Test
    void aCaseFromAnotherProvinceWaitsToBeForwardedThere() {
        Submitted a = fixtures.submit(ZHONGYUAN_A, NANSHAN_A);

        CaseSummary s = reviews.accept(ZZ_CLERK, a.uuid(), version(a));

        assertThat(s.state()).isEqualTo(CaseState.TO_FORWARD_TO_PROVINCE);
        assertThat(view(ZZ_CLERK, a).targetProvince()).isEqualTo("440000");
        assertThat(worklists
                        .page(ZZ_CLERK, Worklist.TO_FORWARD_TO_PROVINCE, 0, 100)
                        .items())
                .extracting(WorklistPage.Item::applicationId)
                .contains(a.uuid());
    }

    @Test
    void aCaseReturnedTwiceIsApprovedOnceCorrected() {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A, Subsidy.CARE);
        CaseSummary s = reviews.returnForCorrection(
                ZZ_CLERK,
                a.uuid(),
                version(a),
                List.of(CorrectionItem.material("DISABILITY_CERTIFICATE")),
                "残疾人证照片不清楚");
        assertThat(s.state()).isEqualTo(CaseState.RETURNED);
        CaseView returned = view(ZZ_CLERK, a);
        assertThat(returned.paused()).isTrue();
        assertThat(returned.correction().items()).containsExactly(CorrectionItem.material("DISABILITY_CERTIFICATE"));
        assertThat(returned.correction().returnedAt()).isEqualTo(Worklist.TO_ACCEPT);
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.RETURNED);

        fixtures.resubmitWith(a, "DISABILITY_CERTIFICATE");
        assertThat(view(ZZ_CLERK, a).state()).isEqualTo(CaseState.TO_ACCEPT);
        s = reviews.accept(ZZ_CLERK, a.uuid(), version(a));
        s = reviews.completeStep(ZZ_CLERK, a.uuid(), s.version(), ReviewStep.TOWNSHIP_CHECK);
        s = reviews.returnForCorrection(
                ZZ_FEDERATION,
                a.uuid(),
                s.version(),
                List.of(CorrectionItem.material("DISABILITY_CERTIFICATE")),
                "证件已过期，请上传新证");
        assertThat(view(ZZ_FEDERATION, a).correction().returnedAt()).isEqualTo(Worklist.FEDERATION_REVIEW);

        fixtures.resubmitWith(a, "DISABILITY_CERTIFICATE");

        CaseView back = view(ZZ_FEDERATION, a);
        assertThat(back.state()).isEqualTo(CaseState.IN_REVIEW);
        assertThat(back.step()).isEqualTo(ReviewStep.FEDERATION_REVIEW);
        assertThat(back.paused()).isFalse();
        s = reviews.completeStep(ZZ_FEDERATION, a.uuid(), back.version(), ReviewStep.FEDERATION_REVIEW);
        s = reviews.completeStep(ZZ_CIVIL, a.uuid(), s.version(), ReviewStep.CIVIL_AFFAIRS_DECISION);
        assertThat(s.state()).isEqualTo(CaseState.DECIDED);
        assertThat(auditTypes(a)).filteredOn("APPLICATION_RETURNED"::equals).hasSize(2);
        assertThat(documents(a, NoticeKind.CORRECTION_NOTICE, 2))
                .extracting(ApplicationDocuments.Document::kind)
                .filteredOn(k -> k == NoticeKind.CORRECTION_NOTICE)
                .hasSize(2);
    }

    @ParameterizedTest
    @EnumSource(
            value = ReviewStep.class,
            names = {"TOWNSHIP_CHECK", "FEDERATION_REVIEW", "CIVIL_AFFAIRS_DECISION"})
    void aSubsidyMayBeRefusedAtEachStep(ReviewStep at) {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A, Subsidy.CARE);
        CaseSummary s = reviews.accept(ZZ_CLERK, a.uuid(), version(a));
        Reviewer[] actors = {ZZ_CLERK, ZZ_FEDERATION, ZZ_CIVIL};
        int position = 0;
        while (s.step() != at) {
            s = reviews.completeStep(actors[position++], a.uuid(), s.version(), s.step());
        }

        s = reviews.refuseSubsidy(
                actors[position], a.uuid(), s.version(), Subsidy.CARE, RefusalReason.DISABILITY_NOT_SEVERE, null);

        assertThat(s.state()).isEqualTo(CaseState.DECIDED);
        SubsidyOutcome care = view(ZZ_CLERK, a).subsidies().get(0);
        assertThat(care.outcome()).isEqualTo(SubsidyOutcome.Outcome.REFUSED);
        assertThat(care.decidedAt()).isEqualTo(Worklist.of(at));
        assertThat(care.reason()).isEqualTo(RefusalReason.DISABILITY_NOT_SEVERE);
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.DECIDED);
        assertThat(events.stream(SubsidyRefused.class)
                        .filter(e -> e.applicationId().equals(a.uuid())))
                .singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(RefusalReason.DISABILITY_NOT_SEVERE));
        ApplicationDocuments.Document refusal = documents(a, NoticeKind.REFUSAL_NOTICE, 1).stream()
                .filter(d -> d.kind() == NoticeKind.REFUSAL_NOTICE)
                .findFirst()
                .orElseThrow();
        assertThat(pdfText(documents.open(a.actor(), a.id(), refusal.id())))
                .as("the reason, its policy basis and the remedies")
                .contains("护理补贴发给残疾等级为一级、二级")
                .contains("国发〔2015〕52号")
                .contains("60日内")
                .contains("6个月内")
                .contains(a.application().number());
    }

    static String pdfText(org.liangxiang.intake.ApplicationMaterials.Content content) {
        try (var in = content.stream();
                var pdf = org.apache.pdfbox.Loader.loadPDF(in.readAllBytes())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void oneSubsidyRefusedTheOtherGoesOnAndIsApproved() {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        CaseSummary s = reviews.accept(ZZ_CLERK, a.uuid(), version(a));
        s = reviews.completeStep(ZZ_CLERK, a.uuid(), s.version(), ReviewStep.TOWNSHIP_CHECK);

        s = reviews.refuseSubsidy(
                ZZ_FEDERATION, a.uuid(), s.version(), Subsidy.CARE, RefusalReason.NO_LONG_TERM_CARE_NEED, null);
        assertThat(s.state()).isEqualTo(CaseState.IN_REVIEW);
        assertThat(s.step()).isEqualTo(ReviewStep.FEDERATION_REVIEW);
        s = reviews.completeStep(ZZ_FEDERATION, a.uuid(), s.version(), ReviewStep.FEDERATION_REVIEW);
        long atDecision = s.version();
        assertThatThrownBy(() ->
                        reviews.decide(ZZ_CIVIL, a.uuid(), atDecision, List.of(SubsidyDecision.approve(Subsidy.CARE))))
                .isInstanceOfSatisfying(
                        CaseConflictException.class,
                        e -> assertThat(e.rule()).isEqualTo(CaseConflictException.Rule.NOT_PENDING));
        s = reviews.decide(ZZ_CIVIL, a.uuid(), atDecision, List.of(SubsidyDecision.approve(Subsidy.LIVING)));

        assertThat(s.state()).isEqualTo(CaseState.DECIDED);
        assertThat(view(ZZ_CLERK, a).subsidies())
                .extracting(SubsidyOutcome::subsidy, SubsidyOutcome::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Subsidy.LIVING, SubsidyOutcome.Outcome.APPROVED),
                        org.assertj.core.groups.Tuple.tuple(Subsidy.CARE, SubsidyOutcome.Outcome.REFUSED));
        assertThat(auditTypes(a)).contains("SUBSIDY_REFUSED", "SUBSIDY_APPROVED");
        documents(a, NoticeKind.REFUSAL_NOTICE, 1);
        assertThat(documents(a, NoticeKind.APPROVAL_NOTICE, 1))
                .extracting(ApplicationDocuments.Document::kind)
                .contains(NoticeKind.APPROVAL_NOTICE, NoticeKind.REFUSAL_NOTICE);
        SubsidyOutcome living = view(ZZ_CLERK, a).subsidies().get(0);
        ApplicationDocuments.Document approval = documents(a, NoticeKind.APPROVAL_NOTICE, 1).stream()
                .filter(d -> d.kind() == NoticeKind.APPROVAL_NOTICE)
                .findFirst()
                .orElseThrow();
        String text = pdfText(documents.open(a.actor(), a.id(), approval.id()));
        String masked = applications.payeeOnNotice(a.id()).orElseThrow().maskedAccountNumber();
        assertThat(masked).contains("*");
        assertThat(text)
                .as("the approval names the subsidy's amount, the first month paid and the masked account only")
                .contains(a.application().number())
                .contains(living.monthlyAmount().toString().replaceAll("\\s+", ""))
                .contains(String.valueOf(living.startMonth().getYear()))
                .contains(masked.replaceAll("\\s+", ""));
    }

    @Test
    void aDecisionOwesANoticePerSubsidyAllUnderItsOwnAct() {
        Submitted both = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        Submitted mixed = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        long bothAt = atDecision(both);
        long mixedAt = atDecision(mixed);

        CaseSummary s = reviews.decide(
                ZZ_CIVIL,
                both.uuid(),
                bothAt,
                List.of(SubsidyDecision.approve(Subsidy.LIVING), SubsidyDecision.approve(Subsidy.CARE)));
        CaseSummary m = reviews.decide(
                ZZ_CIVIL,
                mixed.uuid(),
                mixedAt,
                List.of(
                        SubsidyDecision.approve(Subsidy.LIVING),
                        SubsidyDecision.refuse(Subsidy.CARE, RefusalReason.NO_LONG_TERM_CARE_NEED, null)));

        // the act's notices carry the version the act gave the case
        assertThat(s.version()).isEqualTo(bothAt + 1);
        assertThat(owed(both))
                .containsExactlyInAnyOrder(
                        "APPROVAL_NOTICE/LIVING@" + s.version(), "APPROVAL_NOTICE/CARE@" + s.version());
        assertThat(owed(mixed))
                .containsExactlyInAnyOrder(
                        "APPROVAL_NOTICE/LIVING@" + m.version(), "REFUSAL_NOTICE/CARE@" + m.version());
        assertThat(documents(both, NoticeKind.APPROVAL_NOTICE, 2))
                .filteredOn(d -> d.kind() == NoticeKind.APPROVAL_NOTICE)
                .hasSize(2);
        documents(mixed, NoticeKind.REFUSAL_NOTICE, 1);
        assertThat(documents(mixed, NoticeKind.APPROVAL_NOTICE, 1))
                .extracting(ApplicationDocuments.Document::kind)
                .contains(NoticeKind.APPROVAL_NOTICE, NoticeKind.REFUSAL_NOTICE);
    }

    /** Accepted, checked by the township and reviewed by the federation: the version at the decision. */
    private long atDecision(Submitted a) {
        CaseSummary s = reviews.accept(ZZ_CLERK, a.uuid(), version(a));
        s = reviews.completeStep(ZZ_CLERK, a.uuid(), s.version(), ReviewStep.TOWNSHIP_CHECK);
        return reviews.completeStep(ZZ_FEDERATION, a.uuid(), s.version(), ReviewStep.FEDERATION_REVIEW)
                .version();
    }

    /** The decision notices owed for the case, as kind/subsidy@act. */
    private List<String> owed(Submitted a) {
        return jdbc.sql("""
                        SELECT kind || '/' || subsidy || '@' || act_version FROM review_notice
                         WHERE application_id = ? AND kind IN ('APPROVAL_NOTICE', 'REFUSAL_NOTICE')""").param(a.uuid()).query(String.class).list();
    }

    @Test
    void eachActsNoticeIsIssuedOnceAfterItsCommitHoweverOftenItIsIssued() throws Exception {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        reviews.accept(ZZ_CLERK, a.uuid(), version(a));
        throughTheChain(a);
        int subsidies = a.application().subsidies().size();
        documents(a, NoticeKind.APPROVAL_NOTICE, subsidies);
        documents(a, NoticeKind.ACCEPTANCE_RECEIPT, 1);

        // the notices' job issued them; issuing the case again issues what it still owes: nothing
        assertThat(issuer.issue(a.uuid())).as("nothing left to issue").isZero();

        // a notice owed once, issued by two callers at the same moment (and the job): one document
        jdbc.sql("""
                INSERT INTO review_notice (application_id, act_version, kind, subsidy, details)
                SELECT application_id, 1000, kind, subsidy, details FROM review_notice
                 WHERE application_id = ? AND kind = 'ACCEPTANCE_RECEIPT'""").param(a.uuid()).update();
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        int issued;
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.Callable<Integer> delivery = () -> {
                start.await();
                return issuer.issue(a.uuid());
            };
            java.util.concurrent.Future<Integer> first = two.submit(delivery);
            java.util.concurrent.Future<Integer> second = two.submit(delivery);
            start.countDown();
            issued = first.get(2, java.util.concurrent.TimeUnit.MINUTES)
                    + second.get(2, java.util.concurrent.TimeUnit.MINUTES);
        } finally {
            two.shutdownNow();
        }

        assertThat(issued).as("the job may have issued it first").isBetween(0, 1);
        documents(a, NoticeKind.ACCEPTANCE_RECEIPT, 2);
        assertThat(documents.list(a.actor(), a.id()))
                .extracting(ApplicationDocuments.Document::kind)
                .containsExactlyInAnyOrderElementsOf(java.util.stream.Stream.concat(
                                java.util.stream.Stream.of(
                                        NoticeKind.ACCEPTANCE_RECEIPT, NoticeKind.ACCEPTANCE_RECEIPT),
                                java.util.Collections.nCopies(subsidies, NoticeKind.APPROVAL_NOTICE).stream())
                        .toList());
        assertThat(jdbc.sql("SELECT count(*) FROM review_notice WHERE application_id = ? AND document_id IS NOT NULL")
                        .param(a.uuid())
                        .query(Long.class)
                        .single())
                .isEqualTo(2L + subsidies);
    }

    @Test
    void refusingAcceptanceEndsTheCaseWithItsNotice() {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        long v = version(a);
        assertThatThrownBy(() -> reviews.refuseAcceptance(ZZ_CLERK, a.uuid(), v, NonAcceptanceReason.OTHER, " "))
                .isInstanceOfSatisfying(
                        org.liangxiang.shared.InvalidValueException.class,
                        e -> assertThat(e.rule()).isEqualTo("EXPLANATION_REQUIRED"));

        CaseSummary s =
                reviews.refuseAcceptance(ZZ_CLERK, a.uuid(), v, NonAcceptanceReason.NO_DISABILITY_CERTIFICATE, null);

        assertThat(s.state()).isEqualTo(CaseState.NOT_ACCEPTED);
        assertThat(s.worklist()).isEqualTo(Worklist.DONE);
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.NOT_ACCEPTED);
        assertThat(auditTypes(a)).contains("APPLICATION_NOT_ACCEPTED");
        assertThat(events.stream(ApplicationNotAccepted.class)
                        .filter(e -> e.applicationId().equals(a.uuid())))
                .hasSize(1);
        assertThat(documents(a, NoticeKind.NON_ACCEPTANCE_NOTICE, 1))
                .extracting(ApplicationDocuments.Document::kind)
                .contains(NoticeKind.NON_ACCEPTANCE_NOTICE);
    }

    /**
     * Intake's acceptance of the application goes with the case's save (one statement): when intake refuses it (here
     * the application was withdrawn and review has not heard yet), the act fails with intake's reason and nothing of it
     * is kept: no case moved, no audit record, no notice owed; once the application is submitted again, it succeeds.
     */
    @Test
    void anAcceptanceIntakeRefusesKeepsNothing() {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        long v = version(a);
        jdbc.sql("UPDATE intake_application SET status = 'WITHDRAWN' WHERE id = ?")
                .param(a.uuid())
                .update();

        assertThatThrownBy(() -> reviews.accept(ZZ_CLERK, a.uuid(), v))
                .isInstanceOfSatisfying(
                        org.liangxiang.intake.ApplicationStateException.class,
                        e -> assertThat(e.status()).isEqualTo(ApplicationStatus.WITHDRAWN));

        CaseView unchanged = view(ZZ_CLERK, a);
        assertThat(unchanged.state()).isEqualTo(CaseState.TO_ACCEPT);
        assertThat(unchanged.version()).isEqualTo(v);
        assertThat(auditTypes(a)).doesNotContain("APPLICATION_ACCEPTED");
        assertThat(jdbc.sql("SELECT count(*) FROM review_notice WHERE application_id = ?")
                        .param(a.uuid())
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.WITHDRAWN);

        jdbc.sql("UPDATE intake_application SET status = 'SUBMITTED' WHERE id = ?")
                .param(a.uuid())
                .update();
        CaseSummary accepted = reviews.accept(ZZ_CLERK, a.uuid(), v);
        assertThat(accepted.state()).isEqualTo(CaseState.IN_REVIEW);
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(auditTypes(a)).containsOnlyOnce("APPLICATION_ACCEPTED");
    }

    /**
     * Intake's record of a decision goes with the case's save too: refused (the application was withdrawn, review has
     * not heard yet), the decision keeps nothing — no outcome, no audit record, no notice owed, intake's rows open.
     */
    @Test
    void aDecisionIntakeRefusesKeepsNothing() {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A, Subsidy.CARE);
        CaseSummary s = reviews.accept(ZZ_CLERK, a.uuid(), version(a));
        s = reviews.completeStep(ZZ_CLERK, a.uuid(), s.version(), ReviewStep.TOWNSHIP_CHECK);
        s = reviews.completeStep(ZZ_FEDERATION, a.uuid(), s.version(), ReviewStep.FEDERATION_REVIEW);
        long v = s.version();
        long noticesBefore = owedAndIssued(a);
        jdbc.sql("UPDATE intake_application SET status = 'WITHDRAWN' WHERE id = ?")
                .param(a.uuid())
                .update();

        assertThatThrownBy(() -> reviews.decide(ZZ_CIVIL, a.uuid(), v, List.of(SubsidyDecision.approve(Subsidy.CARE))))
                .isInstanceOfSatisfying(
                        org.liangxiang.intake.ApplicationStateException.class,
                        e -> assertThat(e.status()).isEqualTo(ApplicationStatus.WITHDRAWN));

        CaseView unchanged = view(ZZ_CIVIL, a);
        assertThat(unchanged.version()).isEqualTo(v);
        assertThat(unchanged.state()).isEqualTo(CaseState.IN_REVIEW);
        assertThat(unchanged.subsidies())
                .extracting(SubsidyOutcome::outcome)
                .containsOnly(SubsidyOutcome.Outcome.PENDING);
        assertThat(auditTypes(a)).doesNotContain("SUBSIDY_APPROVED");
        assertThat(owedAndIssued(a)).isEqualTo(noticesBefore);
        assertThat(jdbc.sql("SELECT count(*) FROM intake_application_subsidy WHERE application_id = ? AND open")
                        .param(a.uuid())
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);

        jdbc.sql("UPDATE intake_application SET status = 'IN_REVIEW' WHERE id = ?")
                .param(a.uuid())
                .update();
        CaseSummary decided = reviews.decide(ZZ_CIVIL, a.uuid(), v, List.of(SubsidyDecision.approve(Subsidy.CARE)));
        assertThat(decided.state()).isEqualTo(CaseState.DECIDED);
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.DECIDED);
    }

    /**
     * The certificate's level, which the care subsidy's amount depends on, is kept by the case from its opening,
     * sealed; a case opened before it was kept (no level) is decided from intake's certificate, to the same amount;
     * a corrected application's level is kept again when it comes back.
     */
    @Test
    void theCaseKeepsTheCertificatesLevelSealed() {
        Submitted kept = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A, Subsidy.CARE);
        Submitted older = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A, Subsidy.CARE);
        byte[] sealed = levelSealed(kept);
        assertThat(sealed).isNotNull();
        assertThat(new String(sealed, java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("sealed, not the level's name")
                .doesNotContain("LEVEL_");
        jdbc.sql("UPDATE review_case SET certificate_level_sealed = NULL WHERE application_id = ?")
                .param(older.uuid())
                .update();

        reviews.accept(ZZ_CLERK, kept.uuid(), version(kept));
        throughTheChain(kept);
        reviews.accept(ZZ_CLERK, older.uuid(), version(older));
        throughTheChain(older);

        Money amount = view(ZZ_CLERK, kept).subsidies().get(0).monthlyAmount();
        assertThat(amount).isNotNull();
        assertThat(view(ZZ_CLERK, older).subsidies().get(0).monthlyAmount()).isEqualTo(amount);

        Submitted returned = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A, Subsidy.CARE);
        jdbc.sql("UPDATE review_case SET certificate_level_sealed = NULL WHERE application_id = ?")
                .param(returned.uuid())
                .update();
        reviews.returnForCorrection(
                ZZ_CLERK,
                returned.uuid(),
                version(returned),
                List.of(CorrectionItem.material("DISABILITY_CERTIFICATE")),
                "残疾人证照片不清楚");
        fixtures.resubmitWith(returned, "DISABILITY_CERTIFICATE");
        assertThat(levelSealed(returned)).isNotNull();
    }

    byte[] levelSealed(Submitted a) {
        return jdbc.sql("SELECT certificate_level_sealed FROM review_case WHERE application_id = ?")
                .param(a.uuid())
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }

    long owedAndIssued(Submitted a) {
        return jdbc.sql("SELECT count(*) FROM review_notice WHERE application_id = ?")
                .param(a.uuid())
                .query(Long.class)
                .single();
    }

    @Test
    void aWithdrawnApplicationClosesItsCase() {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        reviews.accept(ZZ_CLERK, a.uuid(), version(a));

        fixtures.withdraw(a);

        CaseView withdrawn = view(ZZ_CLERK, a);
        assertThat(withdrawn.state()).isEqualTo(CaseState.WITHDRAWN);
        assertThat(withdrawn.worklist()).isEqualTo(Worklist.DONE);
        assertThat(withdrawn.dueDate()).isNull();
        assertThat(withdrawn.closedOn()).isEqualTo(ChinaTime.today());
        long v = withdrawn.version();
        assertThatThrownBy(() -> reviews.completeStep(ZZ_CLERK, a.uuid(), v, null))
                .isInstanceOfSatisfying(
                        CaseConflictException.class,
                        e -> assertThat(e.rule()).isEqualTo(CaseConflictException.Rule.WRONG_STATE));
    }

    @Test
    void aReturnedCaseLapsesAfterItsCorrectionDueDate() {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        reviews.returnForCorrection(
                ZZ_CLERK, a.uuid(), version(a), List.of(CorrectionItem.field("person.householdAddress")), null);
        var due = view(ZZ_CLERK, a).dueDate();

        assertThat(lapses.lapseOverdue(due)).as("not on the due date itself").isGreaterThanOrEqualTo(0);
        assertThat(view(ZZ_CLERK, a).state()).isEqualTo(CaseState.RETURNED);
        lapses.lapseOverdue(due.plusDays(1));

        assertThat(view(ZZ_CLERK, a).state()).isEqualTo(CaseState.LAPSED);
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.LAPSED);
        assertThat(audit.forObject("APPLICATION", a.id().toString()))
                .filteredOn(r -> r.type().equals("APPLICATION_LAPSED"))
                .singleElement()
                .satisfies(r -> assertThat(r.actorId()).isEqualTo("system"));
        assertThat(events.stream(ApplicationLapsed.class)
                        .filter(e -> e.applicationId().equals(a.uuid())))
                .hasSize(1);
        assertThat(reviews.lapse(a.uuid(), due.plusDays(2))).as("once only").isFalse();
    }

    @Test
    void theWorklistsShowOpenCasesByDueDateForTheOfficeAndJurisdiction() {
        Submitted first = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        Submitted second = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);

        WorklistPage page = worklists.page(ZZ_CLERK, Worklist.TO_ACCEPT, 0, 100);
        assertThat(page.items()).extracting(WorklistPage.Item::applicationId).contains(first.uuid(), second.uuid());
        assertThat(page.items()).isSortedAccordingTo(java.util.Comparator.comparing(WorklistPage.Item::dueDate));
        assertThat(page.total()).isGreaterThanOrEqualTo(2);
        assertThat(page.items()).allSatisfy(i -> {
            assertThat(i.workingDaysLeft()).isNotNull();
            assertThat(i.overdue()).isEqualTo(i.workingDaysLeft() < 0);
        });
        assertThat(worklists.page(ZZ_FEDERATION, Worklist.TO_ACCEPT, 0, 100).items())
                .extracting(WorklistPage.Item::applicationId)
                .doesNotContain(first.uuid()); // acceptance is the township's
        assertThat(worklists
                        .page(ReviewFixtures.ZZ_CLERK_B, Worklist.TO_ACCEPT, 0, 100)
                        .items())
                .extracting(WorklistPage.Item::applicationId)
                .doesNotContain(first.uuid()); // another township
        assertThat(worklists.counts(ZZ_CLERK))
                .filteredOn(c -> c.worklist() == Worklist.TO_ACCEPT)
                .singleElement()
                .satisfies(c -> assertThat(c.cases()).isEqualTo(page.total()));
        assertThat(worklists.page(ZZ_CLERK, Worklist.TO_ACCEPT, 0, 1).items()).hasSize(1);
    }

    @Test
    void staffOfAnotherTownshipCannotReadOrActOnTheCase() {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        long v = version(a);
        UUID id = a.uuid();

        assertThatThrownBy(() -> worklists.get(ReviewFixtures.ZZ_CLERK_B, id))
                .isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> reviews.accept(ReviewFixtures.ZZ_CLERK_B, id, v))
                .isInstanceOf(CaseNotFoundException.class);
        assertThatThrownBy(() -> reviews.accept(ZZ_FEDERATION, id, v)).isInstanceOf(NotYourActException.class);
        assertThatThrownBy(() -> reviews.accept(ZZ_CLERK, id, v + 1))
                .isInstanceOfSatisfying(CaseConflictException.class, e -> {
                    assertThat(e.rule()).isEqualTo(CaseConflictException.Rule.STALE_VERSION);
                    assertThat(e.current().version()).isEqualTo(v);
                    assertThat(e.current().state()).isEqualTo(CaseState.TO_ACCEPT);
                });
        assertThat(worklists
                        .get(ReviewFixtures.reviewer(org.liangxiang.account.StaffRole.CITY_SUPERVISOR, "410100"), id)
                        .state())
                .isEqualTo(CaseState.TO_ACCEPT);
        assertThat(ZHONGYUAN).isEqualTo("410102");
    }
}
