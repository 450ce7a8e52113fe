package org.liangxiang.intake.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.account.ApplicantPrincipals;
import org.liangxiang.account.SignedInApplicant;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.intake.Actor;
import org.liangxiang.intake.ApplicationCorrections;
import org.liangxiang.intake.ApplicationDocuments;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationStatus;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.intake.Applications;
import org.liangxiang.intake.CorrectionItem;
import org.liangxiang.intake.IssuedNotices;
import org.liangxiang.intake.NoticeKind;
import org.liangxiang.intake.SubmittedApplication;
import org.liangxiang.review.Reviews;
import org.liangxiang.review.Worklists;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The follow pages over MockMvc: my applications and people I help apart, one application with its notices, materials
 * and timeline, correction (refused while a named item is untouched, or with a bad file), withdrawal (confirmed; refused
 * after a decision), and "not found" for anyone else's application.
 */
@IntegrationTest
@AutoConfigureMockMvc
class FollowPagesIntegrationTests {

    static final String CERTIFICATE = "DISABILITY_CERTIFICATE";
    static final String ADDRESS = "person.householdAddress";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    ApplicationMaterials materials;

    @Autowired
    ApplicationSubmissions submissions;

    @Autowired
    ApplicationDocuments documents;

    @Autowired
    ApplicationCorrections corrections;

    @Autowired
    Applications applications;

    @Autowired
    RequiredMaterials required;

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    Reviews reviews;

    @Autowired
    Worklists worklists;

    FollowFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new FollowFixtures(drafts, materials, submissions, required, applicants, reviews, worklists);
    }

    /** A bound account and its person. */
    record Someone(UUID account, ResidentId person, SignedInApplicant principal) {}

    Someone bound() {
        UUID account = fixtures.account(FollowFixtures.newMobile(), null);
        ResidentId person = FollowFixtures.newPerson();
        fixtures.bind(account, person);
        return new Someone(account, person, ApplicantPrincipals.of(account, true));
    }

    Document page(AbstractMockHttpServletRequestBuilder<?> request, SignedInApplicant who, int status)
            throws Exception {
        MvcResult result = mvc.perform(request.with(user(who))).andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(status);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    static String path(SubmittedApplication a) {
        return "/my/applications/" + a.id();
    }

    @Test
    void myApplicationsListsThoseForMeByAnyoneAndThePeopleIHelpApart() throws Exception {
        Someone me = bound();
        SubmittedApplication own = fixtures.online(me.account(), me.person(), null, Subsidy.LIVING);
        SubmittedApplication window = fixtures.atWindow(me.person(), Subsidy.CARE);
        SubmittedApplication helped =
                fixtures.online(me.account(), FollowFixtures.newPerson(), "GUARDIAN", Subsidy.CARE);

        Document list = page(get("/my/applications"), me.principal(), 200);

        assertThat(list.select("#mine-list").text())
                .contains(own.number(), window.number())
                .doesNotContain(helped.number())
                .contains("已提交，等待受理");
        assertThat(list.select("#helped-list").text())
                .contains(helped.number(), "王**")
                .doesNotContain(own.number(), window.number());
        assertThat(list.select("#application-" + own.number()).text()).contains("等待", "林山寨街道");
        assertThat(list.select("a#start-link").attr("href")).isEqualTo("/apply");
    }

    @Test
    void anAccountWithoutRealNameSeesNoWindowApplicationAndIsAskedToBind() throws Exception {
        UUID account = fixtures.account(FollowFixtures.newMobile(), null);
        SubmittedApplication window = fixtures.atWindow(FollowFixtures.newPerson(), Subsidy.CARE);

        Document list = page(get("/my/applications"), ApplicantPrincipals.of(account, false), 200);

        assertThat(list.text()).doesNotContain(window.number());
        assertThat(list.select("a#real-name-link").attr("href")).isEqualTo("/me/real-name");
        assertThat(list.select("#helped-none")).hasSize(1);
    }

    @Test
    void aReturnedApplicationShowsWhatToFixByWhenTheNoticeTheMaterialsAndTheTimeline() throws Exception {
        Someone me = bound();
        SubmittedApplication a = fixtures.online(me.account(), me.person(), null, Subsidy.CARE);
        fixtures.returned(a, List.of(CorrectionItem.material(CERTIFICATE), CorrectionItem.field(ADDRESS)), "照片看不清");

        Document page = page(get(path(a)), me.principal(), 200);

        assertThat(page.select("#status").text()).isEqualTo("退回补正");
        assertThat(page.select("#correction-items").text()).contains("残疾人证", "户籍地址");
        assertThat(page.select("#correction").text()).contains("照片看不清", "之前补正");
        assertThat(page.select("#next-date").text()).isNotBlank();
        assertThat(page.select("#timeline").text()).contains("提交了申请", "退回申请", "林山寨街道");
        IssuedNotices.await(documents, Actor.applicant(me.account()), a.id(), NoticeKind.CORRECTION_NOTICE, 1);
        page = page(get(path(a)), me.principal(), 200);
        UUID notice = documents.list(Actor.applicant(me.account()), a.id()).stream()
                .filter(d -> d.kind() == NoticeKind.CORRECTION_NOTICE)
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(page.select("#documents a").attr("href")).isEqualTo(path(a) + "/documents/" + notice);
        MvcResult pdf = mvc.perform(get(path(a) + "/documents/" + notice).with(user(me.principal())))
                .andReturn();
        assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
        assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
        assertThat(new String(pdf.getResponse().getContentAsByteArray(), 0, 5)).isEqualTo("%PDF-");

        String version = page.select("a[id^=material-" + CERTIFICATE + "-1]").attr("href");
        MvcResult file = mvc.perform(get(version).with(user(me.principal()))).andReturn();
        assertThat(file.getResponse().getStatus()).isEqualTo(200);
        assertThat(file.getResponse().getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aCorrectionWithoutTheNamedItemsIsRefusedNamingEachAndThenAcceptedOnceTheyAreFixed() throws Exception {
        Someone me = bound();
        SubmittedApplication a = fixtures.online(me.account(), me.person(), null, Subsidy.CARE);
        fixtures.returned(a, List.of(CorrectionItem.material(CERTIFICATE), CorrectionItem.field(ADDRESS)), "请补正");

        Document form = page(get(path(a) + "/correction"), me.principal(), 200);
        assertThat(form.select("input[type=file]").eachAttr("id")).containsExactly("materials." + CERTIFICATE);
        assertThat(form.select("input[type=text]").eachAttr("id")).containsExactly(ADDRESS);
        assertThat(form.select("input#" + "person\\.householdAddress").val()).isEqualTo("河南省郑州市中原区桐柏路1号");

        Document refused = page(multipart(path(a) + "/correction").with(csrf()), me.principal(), 400);
        assertThat(refused.select(".error-summary a").eachAttr("href"))
                .containsExactlyInAnyOrder("#materials." + CERTIFICATE, "#" + ADDRESS);
        assertThat(refused.select(".error-summary").text()).contains("残疾人证", "户籍地址");

        Document badFile = page(
                multipart(path(a) + "/correction")
                        .file(new MockMultipartFile(
                                "materials." + CERTIFICATE, "photo.pdf", "application/pdf", "MZ\u0090 exe".getBytes()))
                        .param(ADDRESS, "河南省郑州市中原区桐柏路2号")
                        .with(csrf()),
                me.principal(),
                400);
        assertThat(badFile.select(".error-summary a").eachAttr("href")).containsExactly("#materials." + CERTIFICATE);
        assertThat(badFile.select("#materials\\." + CERTIFICATE + "-error").text())
                .contains("PDF");
        assertThat(badFile.select("#correction-items, .error-summary").text()).doesNotContain("户籍地址");

        MvcResult done = mvc.perform(multipart(path(a) + "/correction")
                        .file(new MockMultipartFile(
                                "materials." + CERTIFICATE, "c.pdf", "application/pdf", FollowFixtures.pdf()))
                        .with(csrf())
                        .with(user(me.principal())))
                .andReturn();
        assertThat(done.getResponse().getStatus()).isEqualTo(302);
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo(path(a) + "?resubmitted");
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(applications.person(a.id()).householdAddress()).isEqualTo("河南省郑州市中原区桐柏路2号");
    }

    @Test
    void onlyTheFieldsTheReturnNamesMayBeCorrected() {
        Someone me = bound();
        SubmittedApplication a = fixtures.online(me.account(), me.person(), null, Subsidy.CARE);
        fixtures.returned(a, List.of(CorrectionItem.field(ADDRESS)), "地址不全");

        assertThatThrownBy(() -> corrections.correctFields(
                        Actor.applicant(me.account()), a.id(), Map.of("payee.bankName", "中国银行")))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        e -> assertThat(e.field() + " " + e.rule())
                                .isEqualTo("payee.bankName INTAKE_CORRECTION_ITEM_NOT_ASKED"));
        assertThat(corrections.namedFieldValues(Actor.applicant(me.account()), a.id()))
                .containsOnlyKeys(ADDRESS);
    }

    @Test
    void withdrawalAsksForConfirmationThenWithdraws() throws Exception {
        Someone me = bound();
        SubmittedApplication a = fixtures.online(me.account(), me.person(), null, Subsidy.LIVING);

        Document detail = page(get(path(a)), me.principal(), 200);
        assertThat(detail.select("a#withdraw-link").attr("href")).isEqualTo(path(a) + "/withdrawal");
        Document confirm = page(get(path(a) + "/withdrawal"), me.principal(), 200);
        assertThat(confirm.select("button#confirm-withdraw")).hasSize(1);
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.SUBMITTED);

        MvcResult done = mvc.perform(post(path(a) + "/withdrawal").with(csrf()).with(user(me.principal())))
                .andReturn();
        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo(path(a) + "?withdrawn");
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
        assertThat(page(get(path(a)), me.principal(), 200).select("a#withdraw-link"))
                .isEmpty();
    }

    @Test
    void aDecidedApplicationCannotBeWithdrawn() throws Exception {
        Someone me = bound();
        SubmittedApplication a = fixtures.online(me.account(), me.person(), null, Subsidy.LIVING);
        fixtures.decided(a);
        IssuedNotices.await(documents, Actor.applicant(me.account()), a.id(), NoticeKind.ACCEPTANCE_RECEIPT, 1);
        IssuedNotices.await(documents, Actor.applicant(me.account()), a.id(), NoticeKind.APPROVAL_NOTICE, 1);

        Document detail = page(get(path(a)), me.principal(), 200);
        assertThat(detail.select("#status").text()).isEqualTo("已办结");
        assertThat(detail.select("a#withdraw-link")).isEmpty();
        assertThat(detail.select("#documents").text()).contains("受理回执", "补贴审批通知书");
        MvcResult confirm = mvc.perform(get(path(a) + "/withdrawal").with(user(me.principal())))
                .andReturn();
        assertThat(confirm.getResponse().getRedirectedUrl()).isEqualTo(path(a));

        Document refused = page(post(path(a) + "/withdrawal").with(csrf()), me.principal(), 409);
        assertThat(refused.select("h1").text()).isEqualTo("现在不能这样办理");
        assertThat(refused.text()).contains("已办结", "撤回");
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.DECIDED);
    }

    @Test
    void someoneElsesApplicationIsNotFoundOnEveryPage() throws Exception {
        Someone owner = bound();
        SubmittedApplication a = fixtures.online(owner.account(), owner.person(), null, Subsidy.CARE);
        fixtures.returned(a, List.of(CorrectionItem.material(CERTIFICATE)), "请补正");
        UUID notice = IssuedNotices.await(
                        documents, Actor.applicant(owner.account()), a.id(), NoticeKind.CORRECTION_NOTICE, 1)
                .get(0)
                .id();
        SignedInApplicant stranger = bound().principal();

        assertThat(page(get(path(a)), stranger, 404).select("h1").text()).isEqualTo("找不到这件申请");
        page(get(path(a) + "/documents/" + notice), stranger, 404);
        page(get(path(a) + "/correction"), stranger, 404);
        page(multipart(path(a) + "/correction").with(csrf()), stranger, 404);
        page(get(path(a) + "/withdrawal"), stranger, 404);
        page(post(path(a) + "/withdrawal").with(csrf()), stranger, 404);
        page(get("/my/applications/not-an-id"), stranger, 404);
        assertThat(page(get("/my/applications"), stranger, 200).text()).doesNotContain(a.number());
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.RETURNED);
    }
}
