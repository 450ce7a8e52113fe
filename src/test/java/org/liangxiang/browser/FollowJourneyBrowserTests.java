package org.liangxiang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.account.PortalTestData;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationStatus;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.intake.Applications;
import org.liangxiang.intake.CorrectionItem;
import org.liangxiang.intake.SubmittedApplication;
import org.liangxiang.intake.follow.FollowFixtures;
import org.liangxiang.review.Reviews;
import org.liangxiang.review.Worklists;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Following applications in a real browser with the keyboard alone, axe-core on every page reached: an application
 * returned by the township clerk is corrected and resubmitted through the pages (in each display mode); one is
 * withdrawn after the confirmation; a person sees the window application made for them once real-name bound; an agent
 * sees the people they help apart from their own applications.
 */
@IntegrationTest
class FollowJourneyBrowserTests extends Browser {

    private static final String PASSWORD = "a-long-test-password-1";

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    ApplicationMaterials materials;

    @Autowired
    ApplicationSubmissions submissions;

    @Autowired
    RequiredMaterials required;

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    Reviews reviews;

    @Autowired
    Worklists worklists;

    @Autowired
    Applications applications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalData personalData;

    FollowFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new FollowFixtures(drafts, materials, submissions, required, applicants, reviews, worklists);
    }

    /** Presses Tab until the element with the id has focus (at most 80 times), as a keyboard user would. */
    private static void tabTo(Page page, String id) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            if (id.equals(page.evaluate("document.activeElement && document.activeElement.id"))) {
                return;
            }
        }
        throw new AssertionError("could not reach #" + id + " with the Tab key on " + page.url());
    }

    private static void follow(Page page, String id, String urlGlob) {
        tabTo(page, id);
        page.keyboard().press("Enter");
        page.waitForURL(urlGlob);
    }

    private static void accessible(Page page) {
        assertThat(accessibilityViolations(page)).as(page.url()).isEmpty();
    }

    /** Checks the page in each display mode (the mode is remembered, so it ends in default mode). */
    private void accessibleInEveryMode(Page page) {
        String at = page.url();
        for (String mode : List.of("large", "contrast", "default")) {
            page.navigate(at + (at.contains("?") ? "&" : "?") + "display=" + mode);
            assertThat(accessibilityViolations(page)).as(mode + " " + at).isEmpty();
        }
    }

    /** A new account with a password, signed in through the sign-in page with the keyboard, in the display mode. */
    private Page signedIn(BrowserContext context, String mobile, String display) {
        Page page = context.newPage();
        page.navigate(url("/login?display=" + display));
        tabTo(page, "mobile");
        page.keyboard().type(mobile);
        tabTo(page, "password");
        page.keyboard().type(PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL("**/me");
        return page;
    }

    @ParameterizedTest(name = "in {0} display")
    @ValueSource(strings = {"default", "large", "contrast"})
    void aReturnedApplicationIsCorrectedAndResubmittedWithTheKeyboard(String display) {
        String mobile = FollowFixtures.newMobile();
        UUID account = fixtures.account(mobile, PASSWORD);
        ResidentId person = FollowFixtures.newPerson();
        fixtures.bind(account, person);
        SubmittedApplication a = fixtures.online(account, person, null, Subsidy.CARE);
        fixtures.returned(
                a,
                List.of(
                        CorrectionItem.material("DISABILITY_CERTIFICATE"),
                        CorrectionItem.field("person.householdAddress")),
                "残疾人证照片看不清，户籍地址缺门牌号");
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, mobile, display);
            accessible(page);
            follow(page, "my-applications-link", "**/my/applications");
            accessible(page);
            assertThat(page.locator("#mine-list").textContent()).contains(a.number(), "退回补正");

            follow(page, "open-" + a.number(), "**/my/applications/" + a.id());
            accessible(page);
            assertThat(page.locator("#correction").textContent()).contains("残疾人证", "户籍地址", "缺门牌号");
            assertThat(page.locator("#documents").textContent()).contains("补正材料通知书");

            follow(page, "correct-link", "**/correction");
            accessible(page);
            tabTo(page, "resubmit");
            page.keyboard().press("Enter");
            page.waitForSelector(".error-summary");
            assertThat(page.locator(".error-summary a").allTextContents()).hasSize(2);
            accessible(page);

            tabTo(page, "person.householdAddress");
            page.keyboard().press("Control+A");
            page.keyboard().type("河南省郑州市中原区桐柏路1号院3号楼");
            tabTo(page, "materials.DISABILITY_CERTIFICATE");
            page.locator("input[type=file]")
                    .setInputFiles(new FilePayload("certificate.pdf", "application/pdf", FollowFixtures.pdf()));
            tabTo(page, "resubmit");
            page.keyboard().press("Enter");
            page.waitForURL("**?resubmitted");
            accessible(page);
            assertThat(page.locator("#status").textContent()).isEqualTo("已提交，等待受理");
            assertThat(page.locator("#timeline").textContent()).contains("补正后重新提交了申请");
        }
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void anApplicationIsWithdrawnAfterTheConfirmation() {
        String mobile = FollowFixtures.newMobile();
        UUID account = fixtures.account(mobile, PASSWORD);
        ResidentId person = FollowFixtures.newPerson();
        fixtures.bind(account, person);
        SubmittedApplication a = fixtures.online(account, person, null, Subsidy.LIVING);
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, mobile, "default");
            follow(page, "my-applications-link", "**/my/applications");
            follow(page, "open-" + a.number(), "**/my/applications/" + a.id());
            follow(page, "withdraw-link", "**/withdrawal");
            accessibleInEveryMode(page);
            assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.SUBMITTED);

            follow(page, "confirm-withdraw", "**?withdrawn");
            accessibleInEveryMode(page);
            assertThat(page.locator("#status").textContent()).isEqualTo("已撤回");
            assertThat(page.locator("#withdraw-link").count()).isZero();
        }
        assertThat(applications.get(a.id()).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    }

    @Test
    void thePersonSeesTheWindowApplicationMadeForThemOnceRealNameBound() {
        PortalTestData.Person someone = PortalTestData.unboundPerson(jdbc, personalData);
        SubmittedApplication window = fixtures.atWindow(ResidentId.of(someone.residentId()), Subsidy.CARE);
        String mobile = FollowFixtures.newMobile();
        fixtures.account(mobile, PASSWORD);
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, mobile, "contrast");
            follow(page, "my-applications-link", "**/my/applications");
            accessibleInEveryMode(page);
            assertThat(page.locator("main").textContent()).doesNotContain(window.number());

            follow(page, "real-name-link", "**/me/real-name");
            tabTo(page, "fullName");
            page.keyboard().type(someone.fullName());
            tabTo(page, "residentId");
            page.keyboard().type(someone.residentId());
            tabTo(page, "certificateNumber");
            page.keyboard().type(someone.certificateNumber());
            page.keyboard().press("Enter");
            page.waitForURL("**/me?bound");

            follow(page, "my-applications-link", "**/my/applications");
            accessibleInEveryMode(page);
            assertThat(page.locator("#mine-list").textContent()).contains(window.number());
            follow(page, "open-" + window.number(), "**/my/applications/" + window.id());
            accessibleInEveryMode(page);
            assertThat(page.locator("main").textContent()).contains("窗口申请", "已提交，等待受理");
        }
    }

    @Test
    void anAgentSeesThePeopleTheyHelpApartFromTheirOwn() {
        String mobile = FollowFixtures.newMobile();
        UUID account = fixtures.account(mobile, PASSWORD);
        ResidentId me = FollowFixtures.newPerson();
        fixtures.bind(account, me);
        SubmittedApplication own = fixtures.online(account, me, null, Subsidy.LIVING);
        SubmittedApplication helped = fixtures.online(account, FollowFixtures.newPerson(), "GUARDIAN", Subsidy.CARE);
        try (BrowserContext context = browser.newContext()) {
            Page page = signedIn(context, mobile, "large");
            follow(page, "my-applications-link", "**/my/applications");
            accessible(page);
            assertThat(page.locator("#helped-list").textContent())
                    .contains(helped.number(), "王**")
                    .doesNotContain(own.number());
            assertThat(page.locator("#mine-list").textContent())
                    .contains(own.number())
                    .doesNotContain(helped.number());
            follow(page, "open-" + helped.number(), "**/my/applications/" + helped.id());
            accessible(page);
            assertThat(page.locator("#documents-none").count()).isEqualTo(1);
        }
    }
}
