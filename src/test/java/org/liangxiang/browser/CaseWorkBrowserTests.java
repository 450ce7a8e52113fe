package org.liangxiang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.TestResidentIds;
import org.liangxiang.account.StaffAccounts;
import org.liangxiang.account.StaffRole;
import org.liangxiang.guide.RequiredMaterial;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.guide.Requirement;
import org.liangxiang.guide.Situation;
import org.liangxiang.intake.Actor;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.intake.DraftForm;
import org.liangxiang.intake.PayeeDetails;
import org.liangxiang.intake.PersonDetails;
import org.liangxiang.intake.SubmittedApplication;
import org.liangxiang.intake.SubmitterDetails;
import org.liangxiang.review.CaseState;
import org.liangxiang.review.CaseView;
import org.liangxiang.review.Reviewer;
import org.liangxiang.review.Reviews;
import org.liangxiang.review.Worklist;
import org.liangxiang.review.Worklists;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.Subsidy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Journeys through the staff review pages with the keyboard only, checking axe-core in the three display modes on each
 * page reached (1366x768 and the 768x1024 tablet): a clerk accepts one case and returns another, a federation reviewer
 * and a civil-affairs approver finish a case, and a clerk completes the township check for two cases at once.
 */
@IntegrationTest
class CaseWorkBrowserTests extends Browser {

    static final List<String> MODES = List.of("large", "contrast", "default");
    static final String TOWNSHIP = "410102002"; // 郑州 中原区 建设路街道
    static final String COUNTY = "410102";

    @Autowired
    StaffAccounts staff;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    ApplicationMaterials materials;

    @Autowired
    ApplicationSubmissions submissions;

    @Autowired
    RequiredMaterials required;

    @Autowired
    Reviews reviews;

    @Autowired
    Worklists worklists;

    static final Reviewer READER = new Reviewer(UUID.randomUUID(), StaffRole.COUNTY_SUPERVISOR, COUNTY);
    static final Reviewer CLERK = new Reviewer(UUID.randomUUID(), StaffRole.TOWNSHIP_CLERK, TOWNSHIP);

    /** A window application for a new person, submitted at the township with its required materials. */
    SubmittedApplication submitted() {
        return submitted("王秀英", null);
    }

    /**
     * A window application for a new person of the name, handed in by the person or (given) an agent with the mandate
     * among the materials.
     */
    SubmittedApplication submitted(String name, SubmitterDetails agent) {
        Actor actor = Actor.staff(UUID.randomUUID(), StaffRole.TOWNSHIP_CLERK.name(), TOWNSHIP);
        String id = TestResidentIds.random();
        DraftForm form = new DraftForm(
                new PersonDetails(name, id, id + "42", "河南省某地某路1号", TOWNSHIP, false),
                agent,
                List.of("LIVING", "CARE"),
                TOWNSHIP,
                new PayeeDetails("PERSON", name, "中国工商银行", "6222020200001234567"),
                null);
        SubmittedApplication draft = drafts.create(actor, form);
        for (RequiredMaterial m : required.forApplication(
                RegionCode.of(TOWNSHIP),
                EnumSet.of(Subsidy.LIVING, Subsidy.CARE),
                agent == null ? java.util.Set.of() : java.util.Set.of(Situation.AGENT_APPLYING),
                ChinaTime.today())) {
            if (m.requirement() == Requirement.REQUIRED) {
                byte[] pdf =
                        ("%PDF-1.4\n% browser " + UUID.randomUUID() + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
                materials.upload(actor, draft.id(), m.material().name(), "m.pdf", pdf);
            }
        }
        return submissions.submit(actor, draft.id());
    }

    CaseView now(SubmittedApplication a) {
        return worklists.get(READER, a.id().value());
    }

    /** The page as it is, checked in every display mode (ending in the default one). */
    void axe(Page page, String path) {
        for (String mode : MODES) {
            page.navigate(url(path + (path.contains("?") ? "&" : "?") + "display=" + mode));
            assertThat(accessibilityViolations(page)).as(path + " in " + mode).isEmpty();
            assertThat(StaffBrowser.scrollsSideways(page)).as(path + " fits").isFalse();
        }
    }

    static void press(Page page, String id, String key) {
        StaffBrowser.tabTo(page, id);
        page.keyboard().press(key);
    }

    @Test
    void aClerkAcceptsOneCaseAndReturnsAnother() throws Exception {
        String name = "柏"
                + (char) (0x4E00
                        + java.util.concurrent.ThreadLocalRandom.current().nextInt(0x5000)) + "芊";
        SubmittedApplication first = submitted(name, new SubmitterDetails("GUARDIAN", "女儿"));
        SubmittedApplication second = submitted();
        StaffBrowser.Enrolled clerk = StaffBrowser.enrolled(port, staff, tx, StaffRole.TOWNSHIP_CLERK, TOWNSHIP);
        try (BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(1366, 768))) {
            Page page = context.newPage();
            StaffBrowser.signIn(page, url(""), clerk);
            press(page, "main-nav-work", "Enter");
            page.waitForURL("**/staff/work");
            axe(page, "/staff/work?mine=true");

            StaffBrowser.tabTo(page, "q");
            page.keyboard().type(name);
            page.keyboard().press("Enter");
            page.waitForURL("**/staff/work?**q=**");
            assertThat(page.locator("#found-caption").textContent()).contains("1件");
            // the same search again, by its button: the URL may stay the same, so wait for a new document (the old
            // one is marked) before going on, or the next navigation is interrupted by this one
            page.evaluate("document.body.dataset.before = 'search'");
            press(page, "search", "Enter");
            page.waitForFunction("document.body !== null && document.body.dataset.before === undefined");
            page.waitForLoadState();
            axe(page, "/staff/work?q=" + java.net.URLEncoder.encode(name, StandardCharsets.UTF_8));

            String firstCase = "/staff/cases/" + first.id().value();
            axe(page, firstCase);
            assertThat(page.locator("#submitter-kind").textContent()).isEqualTo("监护人代办");
            assertThat(page.locator("#mandate a").count()).isPositive();
            press(page, "accept-expectedVersion", "Enter");
            page.waitForURL("**?done=accepted");
            assertThat(page.locator("main [role=status]").first().textContent()).contains("已受理");
            axe(page, firstCase + "?done=accepted");
            assertThat(now(first).state()).isEqualTo(CaseState.IN_REVIEW);

            page.navigate(url("/staff/cases/" + second.id().value()));
            press(page, "return", "Enter");
            page.waitForSelector(".error-summary");
            assertThat(accessibilityViolations(page)).as("refused return").isEmpty();
            String material = (String) page.evaluate("document.querySelector('input[name=material]').id");
            press(page, material, " ");
            StaffBrowser.tabTo(page, "return-note");
            page.keyboard().type("证件照片看不清，请重新上传");
            press(page, "return", "Enter");
            page.waitForURL("**?done=returned");
            assertThat(now(second).state()).isEqualTo(CaseState.RETURNED);
        }
    }

    @Test
    void aReviewerAndAnApproverFinishACaseOnATablet() throws Exception {
        SubmittedApplication a = submitted();
        reviews.accept(CLERK, a.id().value(), 0);
        reviews.completeStep(CLERK, a.id().value(), 1, null);
        StaffBrowser.Enrolled federation =
                StaffBrowser.enrolled(port, staff, tx, StaffRole.FEDERATION_REVIEWER, COUNTY);
        StaffBrowser.Enrolled approver =
                StaffBrowser.enrolled(port, staff, tx, StaffRole.CIVIL_AFFAIRS_APPROVER, COUNTY);
        String path = "/staff/cases/" + a.id().value();
        try (BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(768, 1024))) {
            Page page = context.newPage();
            StaffBrowser.signIn(page, url(""), federation);
            axe(page, "/staff/work?lang=en");
            axe(page, path + "?lang=en");
            press(page, "complete-expectedVersion", "Enter");
            page.waitForURL("**?done=completed");
            assertThat(now(a).worklist()).isEqualTo(Worklist.CIVIL_AFFAIRS_DECISION);
            page.navigate(url("/staff/cases/" + a.id().value() + "/form?lang=zh_CN"));
            axe(page, path + "/form");
        }
        try (BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(768, 1024))) {
            Page page = context.newPage();
            StaffBrowser.signIn(page, url(""), approver);
            axe(page, path);
            press(page, "decide-approve-LIVING", " ");
            press(page, "decide-approve-CARE", " ");
            press(page, "decide", "Enter");
            page.waitForURL("**?done=decided");
            axe(page, path + "?done=decided");
        }
        assertThat(now(a).state()).isEqualTo(CaseState.DECIDED);
    }

    @Test
    void aClerkCompletesTheTownshipCheckForTwoCasesAtOnce() throws Exception {
        SubmittedApplication a = submitted();
        SubmittedApplication b = submitted();
        reviews.accept(CLERK, a.id().value(), 0);
        reviews.accept(CLERK, b.id().value(), 0);
        StaffBrowser.Enrolled clerk = StaffBrowser.enrolled(port, staff, tx, StaffRole.TOWNSHIP_CLERK, TOWNSHIP);
        try (BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(1366, 768))) {
            Page page = context.newPage();
            StaffBrowser.signIn(page, url(""), clerk);
            axe(page, "/staff/work?view=TOWNSHIP_CHECK");
            press(page, "bulk-link", "Enter");
            page.waitForURL("**/staff/work/bulk?view=TOWNSHIP_CHECK");
            axe(page, "/staff/work/bulk?view=TOWNSHIP_CHECK");
            for (SubmittedApplication s : List.of(a, b)) {
                String box = (String) page.evaluate(
                        "v => document.querySelector('input[name=cases][value=\"' + v + '\"]').id",
                        s.id().value() + ":1");
                press(page, box, " ");
            }
            press(page, "bulk-complete", "Enter");
            page.waitForSelector("#results-caption");
            assertThat(page.locator("main [role=status]").textContent()).contains("已办理2件，共2件");
            assertThat(accessibilityViolations(page)).as("bulk results").isEmpty();
        }
        assertThat(now(a).worklist()).isEqualTo(Worklist.FEDERATION_REVIEW);
        assertThat(now(b).worklist()).isEqualTo(Worklist.FEDERATION_REVIEW);
    }
}
