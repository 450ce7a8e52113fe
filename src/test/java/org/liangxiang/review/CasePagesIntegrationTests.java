package org.liangxiang.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liangxiang.review.ReviewFixtures.ZHONGYUAN;
import static org.liangxiang.review.ReviewFixtures.ZHONGYUAN_A;
import static org.liangxiang.review.ReviewFixtures.ZHONGYUAN_B;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.SignedInStaff;
import org.liangxiang.account.StaffAccounts;
import org.liangxiang.account.StaffPrincipals;
import org.liangxiang.account.StaffRole;
import org.liangxiang.audit.AuditRecordView;
import org.liangxiang.audit.AuditRecords;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.intake.Actor;
import org.liangxiang.intake.ApplicationDocuments;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.intake.Applications;
import org.liangxiang.intake.NoticeKind;
import org.liangxiang.intake.PartnerIntake;
import org.liangxiang.region.Office;
import org.liangxiang.region.OfficeKind;
import org.liangxiang.region.Regions;
import org.liangxiang.review.ReviewFixtures.Submitted;
import org.liangxiang.shared.Subsidy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The staff case pages ({@code /staff/cases/{id}}, review.web) through MockMvc with staff principals: every act
 * through its form, the stale version shown as "this case has changed" with nothing recorded, "show in full" only with
 * a reason and audited, the materials, notices and the printable form, and 404 outside the jurisdiction on every page.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CasePagesIntegrationTests {

    static final SignedInStaff CLERK_A = StaffPrincipals.of(StaffRole.TOWNSHIP_CLERK, ZHONGYUAN_A);
    static final SignedInStaff CLERK_B = StaffPrincipals.of(StaffRole.TOWNSHIP_CLERK, ZHONGYUAN_B);
    static final SignedInStaff FEDERATION = StaffPrincipals.of(StaffRole.FEDERATION_REVIEWER, ZHONGYUAN);
    static final SignedInStaff CIVIL = StaffPrincipals.of(StaffRole.CIVIL_AFFAIRS_APPROVER, ZHONGYUAN);
    static final Reviewer READER = new Reviewer(UUID.randomUUID(), StaffRole.COUNTY_SUPERVISOR, ZHONGYUAN);
    static final Reviewer READER_LUOYANG = new Reviewer(UUID.randomUUID(), StaffRole.CITY_SUPERVISOR, "410300");

    @Autowired
    MockMvc mvc;

    @Autowired
    org.liangxiang.policy.Policies policies;

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
    Worklists worklists;

    @Autowired
    Applications applications;

    @Autowired
    ApplicationDocuments documents;

    @Autowired
    AuditRecords audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffAccounts accounts;

    @Autowired
    CaseAssignments assignments;

    @Autowired
    Regions regions;

    static final String PASSWORD = "a-long-test-password-1";

    ReviewFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReviewFixtures(drafts, materials, submissions, required, partners);
    }

    static String page(UUID id) {
        return "/staff/cases/" + id;
    }

    ResultActions show(SignedInStaff staff, String uri) throws Exception {
        return mvc.perform(get(uri).with(user(staff)));
    }

    ResultActions act(SignedInStaff staff, String uri, String... params) throws Exception {
        MockHttpServletRequestBuilder request = post(uri).with(user(staff)).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request = request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request);
    }

    CaseView now(Submitted a) {
        return worklists.get(READER, a.uuid());
    }

    Document html(ResultActions answer) throws Exception {
        return Jsoup.parse(answer.andReturn().getResponse().getContentAsString());
    }

    @Test
    void theClerkSeesTheCaseMaskedAndAcceptsIt() throws Exception {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        String residentId = applications.person(a.id()).residentId().value();

        Document shown = html(show(CLERK_A, page(a.uuid())).andExpect(status().isOk()));
        assertThat(shown.select("h1").text()).contains(a.application().number());
        assertThat(shown.getElementById("person-name").text()).isEqualTo("王**");
        assertThat(shown.getElementById("person-resident-id").text())
                .contains("*")
                .doesNotContain(residentId);
        assertThat(shown.text()).doesNotContain(residentId).doesNotContain("王秀英");
        assertThat(shown.select("form[action$=/accept] input[name=expectedVersion]")
                        .val())
                .isEqualTo("0");
        assertThat(shown.select("a[href*=/materials/]")).isNotEmpty();
        assertThat(shown.select("#eligibility-heading")).hasSize(1);

        act(CLERK_A, page(a.uuid()) + "/accept", "expectedVersion", "0")
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(page(a.uuid()) + "?done=accepted"));
        assertThat(now(a).state()).isEqualTo(CaseState.IN_REVIEW);
        assertThat(now(a).worklist()).isEqualTo(Worklist.TOWNSHIP_CHECK);
        receipt(a);
        Document after = html(show(CLERK_A, page(a.uuid()) + "?done=accepted"));
        assertThat(after.select("[role=status]").text()).contains("已受理");
        assertThat(after.select("a[href*=/documents/]")).isNotEmpty();
    }

    @Test
    void aStaleVersionShowsTheCaseAsItIsNowAndRecordsNothing() throws Exception {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        act(CLERK_A, page(a.uuid()) + "/accept", "expectedVersion", "0").andExpect(status().is3xxRedirection());
        receipt(a);
        long records = actsRecorded(a);

        Document conflict = html(
                act(CLERK_A, page(a.uuid()) + "/refuse-acceptance", "expectedVersion", "0", "reason", "OUT_OF_SCOPE")
                        .andExpect(status().isConflict()));

        assertThat(conflict.getElementById("conflict").text())
                .contains("此案件已有变化")
                .contains("没有保存");
        assertThat(conflict.select("form[action$=/complete-step] input[name=expectedVersion]")
                        .val())
                .isEqualTo("1");
        assertThat(now(a).state()).isEqualTo(CaseState.IN_REVIEW);
        assertThat(now(a).version()).isEqualTo(1);
        assertThat(actsRecorded(a)).isEqualTo(records);
    }

    /** The application's audit records of people's acts (eligibility's reports come from the system, after the commit). */
    private long actsRecorded(Submitted a) {
        return audit.forObject("APPLICATION", a.uuid().toString()).stream()
                .filter(r -> !"system".equals(r.actorId()))
                .count();
    }

    @Test
    void theClerkReturnsACaseNamingMaterialsAndFields() throws Exception {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);

        act(
                        CLERK_A,
                        page(a.uuid()) + "/return",
                        "expectedVersion",
                        "0",
                        "material",
                        "DISABILITY_CERTIFICATE",
                        "field",
                        "person.householdAddress",
                        "note",
                        "证件照片不清楚，地址请写到门牌号")
                .andExpect(status().is3xxRedirection());

        CaseView returned = now(a);
        assertThat(returned.state()).isEqualTo(CaseState.RETURNED);
        assertThat(returned.correction().items())
                .extracting(i -> i.code())
                .containsExactlyInAnyOrder("DISABILITY_CERTIFICATE", "person.householdAddress");
        Document shown = html(show(CLERK_A, page(a.uuid())));
        assertThat(shown.getElementById("correction-heading")).isNotNull();
        assertThat(shown.select("form[action$=/accept]")).isEmpty();
    }

    @Test
    void aRefusalWithoutItsExplanationIsShownBesideTheField() throws Exception {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);

        Document refused = html(act(
                        CLERK_A,
                        page(a.uuid()) + "/refuse-acceptance",
                        "expectedVersion",
                        "0",
                        "reason",
                        "OTHER",
                        "explanation",
                        " ")
                .andExpect(status().isBadRequest()));

        assertThat(refused.select(".error-summary a").attr("href")).isEqualTo("#refuseAcceptance-explanation");
        assertThat(refused.getElementById("refuseAcceptance-explanation")).isNotNull();
        assertThat(refused.getElementById("refuseAcceptance-explanation-error")).isNotNull();
        assertThat(now(a).state()).isEqualTo(CaseState.TO_ACCEPT);

        act(
                        CLERK_A,
                        page(a.uuid()) + "/refuse-acceptance",
                        "expectedVersion",
                        "0",
                        "reason",
                        "NO_DISABILITY_CERTIFICATE")
                .andExpect(status().is3xxRedirection());
        assertThat(now(a).state()).isEqualTo(CaseState.NOT_ACCEPTED);
    }

    @Test
    void aClerkAReviewerAndAnApproverFinishACaseThroughThePages() throws Exception {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        String uri = page(a.uuid());
        act(CLERK_A, uri + "/accept", "expectedVersion", "0").andExpect(status().is3xxRedirection());
        act(CLERK_A, uri + "/complete-step", "expectedVersion", "1", "step", "TOWNSHIP_CHECK")
                .andExpect(status().is3xxRedirection());
        assertThat(html(show(FEDERATION, uri)).select("form[action$=/refuse-subsidy]"))
                .hasSize(1);
        act(CLERK_A, uri + "/complete-step", "expectedVersion", "2", "step", "FEDERATION_REVIEW")
                .andExpect(status().isForbidden());
        act(FEDERATION, uri + "/complete-step", "expectedVersion", "2", "step", "FEDERATION_REVIEW")
                .andExpect(status().is3xxRedirection());
        assertThat(now(a).worklist()).isEqualTo(Worklist.CIVIL_AFFAIRS_DECISION);

        Document deciding = html(show(CIVIL, uri));
        assertThat(deciding.select("form[action$=/decide] input[type=radio]")).hasSize(4);
        act(
                        CIVIL,
                        uri + "/decide",
                        "expectedVersion",
                        "3",
                        "decision.LIVING",
                        "APPROVE",
                        "decision.CARE",
                        "REFUSE",
                        "reason.CARE",
                        "DISABILITY_NOT_SEVERE",
                        "explanation.CARE",
                        "")
                .andExpect(status().is3xxRedirection());

        CaseView decided = now(a);
        assertThat(decided.state()).isEqualTo(CaseState.DECIDED);
        assertThat(decided.subsidies())
                .extracting(SubsidyOutcome::subsidy, SubsidyOutcome::outcome)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Subsidy.LIVING, SubsidyOutcome.Outcome.APPROVED),
                        org.assertj.core.groups.Tuple.tuple(Subsidy.CARE, SubsidyOutcome.Outcome.REFUSED));
        Document done = html(show(CIVIL, uri));
        List<String> offices = done.select(".timeline__office").eachText();
        assertThat(offices)
                .contains(
                        officeName(ZHONGYUAN_A, OfficeKind.TOWNSHIP_OFFICE),
                        officeName(ZHONGYUAN_A, OfficeKind.COUNTY_FEDERATION),
                        officeName(ZHONGYUAN_A, OfficeKind.COUNTY_CIVIL_AFFAIRS));
        assertThat(offices).noneMatch(o -> o.matches(".*[0-9]{6}.*"));
        assertThat(done.select("form[method=post]").stream()
                        .filter(f -> !f.attr("action").endsWith("/unmask"))
                        .toList())
                .isEmpty();
    }

    @Test
    void theFederationRefusesOneSubsidyAndTheOtherGoesOn() throws Exception {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        String uri = page(a.uuid());
        act(CLERK_A, uri + "/accept", "expectedVersion", "0").andExpect(status().is3xxRedirection());
        act(CLERK_A, uri + "/complete-step", "expectedVersion", "1").andExpect(status().is3xxRedirection());

        Document missing = html(act(FEDERATION, uri + "/refuse-subsidy", "expectedVersion", "2", "subsidy", "CARE")
                .andExpect(status().isBadRequest()));
        assertThat(missing.select(".error-summary a").attr("href")).isEqualTo("#refuseSubsidy-reason");
        act(
                        FEDERATION,
                        uri + "/refuse-subsidy",
                        "expectedVersion",
                        "2",
                        "subsidy",
                        "CARE",
                        "reason",
                        "DISABILITY_NOT_SEVERE")
                .andExpect(status().is3xxRedirection());

        CaseView after = now(a);
        assertThat(after.state()).isEqualTo(CaseState.IN_REVIEW);
        assertThat(after.subsidies())
                .filteredOn(s -> s.subsidy() == Subsidy.CARE)
                .extracting(SubsidyOutcome::outcome)
                .containsExactly(SubsidyOutcome.Outcome.REFUSED);
    }

    @Test
    void anObjectionDuringPublicNoticeSendsTheCaseBack() throws Exception {
        ReviewFixtures.publicNoticeIn("410304", jdbc, policies); // 洛阳 瀍河回族区
        SignedInStaff clerk = StaffPrincipals.of(StaffRole.TOWNSHIP_CLERK, "410304001");
        SignedInStaff federation = StaffPrincipals.of(StaffRole.FEDERATION_REVIEWER, "410304");
        Submitted a = fixtures.submit("410304001", "410304001");
        String uri = page(a.uuid());
        act(clerk, uri + "/accept", "expectedVersion", "0").andExpect(status().is3xxRedirection());
        act(clerk, uri + "/complete-step", "expectedVersion", "1").andExpect(status().is3xxRedirection());
        act(federation, uri + "/complete-step", "expectedVersion", "2").andExpect(status().is3xxRedirection());
        Document notice = html(show(clerk, uri));
        assertThat(notice.getElementById("notice-heading")).isNotNull();
        assertThat(notice.select("form[action$=/end-notice]")).hasSize(1);
        Document lists = html(show(clerk, "/staff/public-notices").andExpect(status().isOk()));
        String listHref = lists.select("main li a[href^=/staff/public-notices/410304001/]")
                .first()
                .attr("href");
        Document list = html(show(clerk, listHref).andExpect(status().isOk()));
        assertThat(list.text()).contains("王**").doesNotContain("王秀英");
        show(clerk, listHref + ".pdf")
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        show(CLERK_A, listHref).andExpect(status().isNotFound());

        act(clerk, uri + "/end-notice", "expectedVersion", "3").andExpect(status().isConflict());
        act(clerk, uri + "/objection", "expectedVersion", "3", "objectionNote", "邻居反映其已外出务工")
                .andExpect(status().is3xxRedirection());

        CaseView back = worklists.get(READER_LUOYANG, a.uuid());
        assertThat(back.state()).isEqualTo(CaseState.IN_REVIEW);
        assertThat(back.worklist()).isEqualTo(Worklist.FEDERATION_REVIEW);
    }

    @Test
    void showingThePersonInFullNeedsAReasonAndIsAudited() throws Exception {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        String residentId = applications.person(a.id()).residentId().value();

        Document noReason = html(act(CLERK_A, page(a.uuid()) + "/unmask").andExpect(status().isBadRequest()));
        assertThat(noReason.select(".error-summary a").attr("href")).isEqualTo("#unmaskReason");
        assertThat(noReason.text()).doesNotContain(residentId);
        assertThat(audit.forObject("APPLICATION_PERSON", a.uuid().toString())).isEmpty();

        Document full = html(act(CLERK_A, page(a.uuid()) + "/unmask", "unmaskReason", "COMPARE_WITH_MATERIAL")
                .andExpect(status().isOk()));
        assertThat(full.getElementById("person-resident-id").text()).isEqualTo(residentId);
        assertThat(full.getElementById("person-name").text()).isEqualTo("王秀英");

        List<AuditRecordView> records =
                audit.forObject("APPLICATION_PERSON", a.uuid().toString());
        assertThat(records).hasSize(1);
        assertThat(records.get(0).type()).isEqualTo("PERSON_SHOWN_IN_FULL");
        assertThat(records.get(0).reason()).isEqualTo("COMPARE_WITH_MATERIAL");
        assertThat(records.get(0).actorId()).isEqualTo(CLERK_A.accountId().toString());
        assertThat(records.toString()).doesNotContain(residentId);

        act(CLERK_B, page(a.uuid()) + "/unmask", "unmaskReason", "COMPARE_WITH_MATERIAL")
                .andExpect(status().isNotFound());
        assertThat(audit.forObject("APPLICATION_PERSON", a.uuid().toString())).hasSize(1);
    }

    @Test
    void materialsNoticesAndTheFormOpenInline() throws Exception {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        act(CLERK_A, page(a.uuid()) + "/accept", "expectedVersion", "0").andExpect(status().is3xxRedirection());
        Actor staff = Actor.staff(CLERK_A.accountId(), "TOWNSHIP_CLERK", ZHONGYUAN_A);
        UUID material = materials.current(staff, a.id()).get(0).id();
        UUID notice = receipt(a).get(0).id();

        show(CLERK_A, page(a.uuid()) + "/materials/" + material)
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", Matchers.startsWith("inline")))
                .andExpect(content().string(Matchers.startsWith("%PDF-")));
        show(CLERK_A, page(a.uuid()) + "/documents/" + notice)
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        Document form = html(show(CLERK_A, page(a.uuid()) + "/form").andExpect(status().isOk()));
        assertThat(form.select("h1").text()).isEqualTo("残疾人两项补贴申请审批表");
        assertThat(form.text()).contains(a.application().number()).contains("王秀英");
        byte[] pdf = show(CLERK_A, page(a.uuid()) + "/form.pdf")
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        String text = pdfText(pdf);
        org.liangxiang.intake.ApplicantPerson person = applications.person(a.id());
        assertThat(text)
                .contains("残疾人两项补贴申请审批表")
                .contains(a.application().number())
                .contains(person.fullName())
                .contains(person.residentId().masked())
                .doesNotContain(person.residentId().value())
                .doesNotContain(person.certificateNumber().value())
                .contains("困难残疾人生活补贴")
                .contains("重度残疾人护理补贴")
                .contains("审核审批意见")
                .contains("本人承诺以上信息真实有效。")
                .contains("乡镇（街道）初审");
        // a signature block for the applicant and for each step so far
        assertThat(text.split("签字（盖章）", -1)).hasSize(2);
        assertThat(text.indexOf("申请人", text.indexOf("签字（盖章）"))).isPositive();

        show(CLERK_A, page(a.uuid()) + "/materials/" + UUID.randomUUID()).andExpect(status().isNotFound());
    }

    @Test
    void everyFormOfTheCasePagePostsToAnActOfTheTable() throws Exception {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        String uri = page(a.uuid());
        List<String> actions = new java.util.ArrayList<>();
        actions.addAll(html(show(CLERK_A, uri)).select("form[method=post]").eachAttr("action"));
        act(CLERK_A, uri + "/accept", "expectedVersion", "0").andExpect(status().is3xxRedirection());
        actions.addAll(html(show(CLERK_A, uri)).select("form[method=post]").eachAttr("action"));

        assertThat(actions).contains(uri + "/accept", uri + "/return", uri + "/complete-step", uri + "/unmask");
        for (String action : actions) {
            if (!action.endsWith("/unmask")) {
                int answer = act(CLERK_A, action, "expectedVersion", "99")
                        .andReturn()
                        .getResponse()
                        .getStatus();
                assertThat(answer).as(action).isIn(400, 403, 409);
            }
        }
        act(CLERK_A, uri + "/complete-step", "expectedVersion", "1", "step", "NO_SUCH_STEP")
                .andExpect(status().isBadRequest());
        act(CLERK_A, uri + "/complete-step", "expectedVersion", "one", "step", "TOWNSHIP_CHECK")
                .andExpect(status().isBadRequest());
        assertThat(now(a).version()).isEqualTo(1);
    }

    @Test
    void theCasePageShowsTheAgentTheirRelationshipAndTheMandate() throws Exception {
        Submitted byAgent = fixtures.submitByAgent(ZHONGYUAN_A, ZHONGYUAN_A, "GUARDIAN", "女儿");
        Submitted own = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        Actor staff = Actor.staff(CLERK_A.accountId(), "TOWNSHIP_CLERK", ZHONGYUAN_A);
        UUID mandate = materials.current(staff, byAgent.id()).stream()
                .filter(m -> m.materialType().equals("AGENT_AUTHORISATION_AND_ID"))
                .findFirst()
                .orElseThrow()
                .id();

        Document shown = html(show(CLERK_A, page(byAgent.uuid())).andExpect(status().isOk()));
        assertThat(shown.getElementById("submitter-kind").text()).isEqualTo("监护人代办");
        assertThat(shown.getElementById("agent-relationship").text()).isEqualTo("女儿");
        String link = shown.select("#mandate a").attr("href");
        assertThat(link).endsWith("/materials/" + mandate);
        show(CLERK_A, link).andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF));
        Document english = html(show(CLERK_A, page(byAgent.uuid()) + "?lang=en"));
        assertThat(english.getElementById("submitter-kind").text()).isEqualTo("A guardian for them");

        Document person = html(show(CLERK_A, page(own.uuid())).andExpect(status().isOk()));
        assertThat(person.getElementById("submitter-kind").text()).isEqualTo("残疾人本人");
        assertThat(person.getElementById("agent-relationship")).isNull();
        assertThat(person.getElementById("mandate")).isNull();
    }

    @Test
    void everyCasePageIsNotFoundOutsideTheJurisdiction() throws Exception {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        Actor staff = Actor.staff(CLERK_A.accountId(), "TOWNSHIP_CLERK", ZHONGYUAN_A);
        UUID material = materials.current(staff, a.id()).get(0).id();
        String uri = page(a.uuid());
        for (String read : List.of("", "/form", "/form.pdf", "/materials/" + material)) {
            show(CLERK_B, uri + read).andExpect(status().isNotFound());
        }
        for (String path : List.of(
                "/accept",
                "/return",
                "/refuse-acceptance",
                "/forward",
                "/complete-step",
                "/refuse-subsidy",
                "/decide",
                "/objection",
                "/end-notice",
                "/unmask")) {
            act(
                            CLERK_B,
                            uri + path,
                            "expectedVersion",
                            "0",
                            "reason",
                            "OUT_OF_SCOPE",
                            "unmaskReason",
                            "COMPARE_WITH_MATERIAL",
                            "subsidy",
                            "CARE",
                            "decision.CARE",
                            "APPROVE",
                            "material",
                            "DISABILITY_CERTIFICATE",
                            "objectionNote",
                            "异议")
                    .andExpect(status().isNotFound());
        }
        show(CLERK_B, page(UUID.randomUUID())).andExpect(status().isNotFound());
        act(CLERK_A, uri + "/no-such-act", "expectedVersion", "0").andExpect(status().isNotFound());
        assertThat(now(a).state()).isEqualTo(CaseState.TO_ACCEPT);
        assertThat(now(a).version()).isZero();
    }

    @Test
    void aCaseIsHandedToAnotherMemberOfTheSameOfficeAndAudited() throws Exception {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID me = accounts.create("rs-me-" + suffix, "甲", PASSWORD, StaffRole.TOWNSHIP_CLERK, ZHONGYUAN_A, "system");
        UUID colleague =
                accounts.create("rs-mate-" + suffix, "乙", PASSWORD, StaffRole.TOWNSHIP_CLERK, ZHONGYUAN_A, "system");
        UUID elsewhere =
                accounts.create("rs-far-" + suffix, "丙", PASSWORD, StaffRole.TOWNSHIP_CLERK, ZHONGYUAN_B, "system");
        SignedInStaff clerk = StaffPrincipals.of(me, StaffRole.TOWNSHIP_CLERK, ZHONGYUAN_A);
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        String uri = page(a.uuid());

        Document shown = html(show(clerk, uri));
        assertThat(shown.select("#reassign-assignee option[value=" + colleague + "]"))
                .hasSize(1);
        assertThat(shown.select("#reassign-assignee option[value=" + elsewhere + "]"))
                .isEmpty();
        assertThat(shown.select("#reassign-assignee option[value=" + me + "]")).isEmpty();

        Document refused = html(act(clerk, uri + "/reassign", "expectedVersion", "0", "assignee", elsewhere.toString())
                .andExpect(status().isBadRequest()));
        assertThat(refused.select(".error-summary a").attr("href")).isEqualTo("#reassign-assignee");
        act(FEDERATION, uri + "/reassign", "expectedVersion", "0", "assignee", colleague.toString())
                .andExpect(status().isForbidden());
        act(clerk, uri + "/reassign", "expectedVersion", "0", "assignee", colleague.toString())
                .andExpect(status().is3xxRedirection());

        assertThat(assignments.assignee(a.uuid())).contains(colleague);
        assertThat(html(show(clerk, uri)).getElementById("assignee").text()).isEqualTo("rs-mate-" + suffix);
        List<AuditRecordView> reassigned = audit
                .forObject("REVIEW_CASE", a.uuid().toString())
                .stream()
                .filter(r -> r.type().equals("CASE_REASSIGNED"))
                .toList();
        assertThat(reassigned).hasSize(1);
        assertThat(reassigned.get(0).after()).isEqualTo(colleague.toString());
        assertThat(reassigned.get(0).actorId()).isEqualTo(me.toString());
        assertThat(now(a).version()).isZero();
        assertThat(html(show(clerk, uri)).select("#timeline-heading + ol").text())
                .contains("转给本机构其他工作人员");
        assertThat(audit.forObject("APPLICATION", a.uuid().toString()))
                .noneMatch(r -> r.type().equals("CASE_REASSIGNED"));
        act(CLERK_B, uri + "/reassign", "expectedVersion", "0", "assignee", colleague.toString())
                .andExpect(status().isNotFound());
    }

    /** The PDF's text without white space (the layout breaks lines where it likes). */
    static String pdfText(byte[] pdf) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper()
                    .getText(document)
                    .replaceAll("\\s+", "");
        }
    }

    /** The office of the kind serving the township as the page names it: the region's name and the office's. */
    private String officeName(String township, OfficeKind kind) {
        Office office = regions.officesFor(township).stream()
                .filter(o -> o.kind() == kind)
                .findFirst()
                .orElseThrow();
        return regions.get(office.servingRegionCode()).name() + " · " + office.displayName();
    }

    /** The acceptance receipt, issued moments after the act's commit (see {@link ReviewFixtures#awaitDocuments}). */
    private List<ApplicationDocuments.Document> receipt(Submitted a) {
        Actor staff = Actor.staff(CLERK_A.accountId(), "TOWNSHIP_CLERK", ZHONGYUAN_A);
        return ReviewFixtures.awaitDocuments(documents, staff, a.id(), NoticeKind.ACCEPTANCE_RECEIPT, 1);
    }
}
