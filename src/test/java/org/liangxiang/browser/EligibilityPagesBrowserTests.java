package org.liangxiang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.LoadState;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.TestResidentIds;
import org.liangxiang.account.StaffAccounts;
import org.liangxiang.account.StaffRole;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.crypto.Masking;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keyboard-only journeys over the eligibility staff pages in Chromium: a county approver confirms a re-check proposal,
 * a staff assistant turns an outreach task into an assisted application and submits it (payee, materials, check,
 * declaration), a
 * federation reviewer imports a file with a bad row and reads its line, and a staff member changes their password.
 * Every page reached passes axe-core in the three display modes at 1366x768 and 768x1024, without sideways scrolling.
 * Region owned by these journeys: 社旗县 411327.
 */
@IntegrationTest
class EligibilityPagesBrowserTests extends Browser {

    static final String COUNTY = "411327";
    static final String TOWNSHIP = "411327100";
    static final List<String> MODES = List.of("display-default", "display-large", "display-contrast");
    static final int[][] SIZES = {{1366, 768}, {768, 1024}};

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalData personalData;

    @Autowired
    TransactionTemplate tx;

    final LocalDate today = ChinaTime.today();

    /**
     * The page as it stands (also a page answered to a refused form) in each display mode, set the way the server sets
     * it (the class of the html element), at both screen sizes: axe-core violations and sideways scrolling.
     */
    static List<String> problems(Page page) {
        List<String> problems = new ArrayList<>();
        String original = (String) page.evaluate("document.documentElement.className");
        for (int[] size : SIZES) {
            page.setViewportSize(size[0], size[1]);
            for (String mode : MODES) {
                page.evaluate("m => document.documentElement.className = m", mode);
                accessibilityViolations(page).forEach(v -> problems.add(mode + " " + size[0] + ": " + v));
                if (StaffBrowser.scrollsSideways(page)) {
                    problems.add(mode + " " + size[0] + ": scrolls sideways");
                }
            }
        }
        page.evaluate("m => document.documentElement.className = m", original);
        page.setViewportSize(1366, 768);
        return problems;
    }

    @Test
    void anApproverConfirmsAReCheckProposal() throws Exception {
        String person = TestResidentIds.random();
        UUID proposal = tx.execute(s -> proposal(person));
        StaffBrowser.Enrolled approver =
                StaffBrowser.enrolled(port, staff, tx, StaffRole.CIVIL_AFFAIRS_APPROVER, COUNTY);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.setViewportSize(1366, 768);
            StaffBrowser.signIn(page, url(""), approver);
            StaffBrowser.tabTo(page, "main-nav-rechecks");
            page.keyboard().press("Enter");
            page.waitForURL("**/staff/rechecks");
            assertThat(problems(page)).isEmpty();

            StaffBrowser.tabTo(page, "proposal-" + proposal);
            page.keyboard().press("Enter");
            page.waitForURL("**/staff/rechecks/" + proposal);
            assertThat(page.locator("#kind").textContent()).contains("已死亡");
            assertThat(problems(page)).isEmpty();

            StaffBrowser.tabTo(page, "decide");
            page.keyboard().press("Enter");
            page.waitForSelector(".error-summary");
            // the deferred script moves the focus on DOMContentLoaded: wait for the load after it, not only for the
            // markup
            page.waitForLoadState(LoadState.LOAD);
            assertThat(page.evaluate("document.activeElement.className")).isEqualTo("error-summary");
            assertThat(page.locator(".error-summary a").first().getAttribute("href"))
                    .isEqualTo("#decision");
            assertThat(problems(page)).isEmpty();

            StaffBrowser.tabTo(page, "decision-confirm");
            page.keyboard().press("Space");
            StaffBrowser.tabTo(page, "reason");
            page.keyboard().type("已核实死亡登记");
            StaffBrowser.tabTo(page, "decide");
            page.keyboard().press("Enter");
            page.waitForURL("**/staff/rechecks/" + proposal + "?decided");
            assertThat(page.locator("#status").textContent()).contains("已确认");
            assertThat(problems(page)).isEmpty();
        }
        assertThat(jdbc.sql("SELECT status FROM elig_proposal WHERE id = ?")
                        .param(proposal)
                        .query(String.class)
                        .single())
                .isEqualTo("CONFIRMED");
    }

    @Test
    void anAssistantTurnsAnOutreachTaskIntoAnAssistedApplicationAndChangesTheirPassword() throws Exception {
        String person = TestResidentIds.random();
        UUID task = tx.execute(s -> task(person));
        StaffBrowser.Enrolled assistant = StaffBrowser.enrolled(port, staff, tx, StaffRole.STAFF_ASSISTANT, TOWNSHIP);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.setViewportSize(768, 1024);
            StaffBrowser.signIn(page, url(""), assistant);
            StaffBrowser.tabTo(page, "main-nav-outreach");
            page.keyboard().press("Enter");
            page.waitForURL("**/staff/outreach");
            assertThat(problems(page)).isEmpty();

            StaffBrowser.tabTo(page, "task-" + task);
            page.keyboard().press("Enter");
            page.waitForURL("**/staff/outreach/" + task);
            assertThat(problems(page)).isEmpty();

            StaffBrowser.tabTo(page, "person.fullName");
            page.keyboard().type("赵六");
            page.keyboard().press("Tab");
            page.keyboard().type(TestResidentIds.random());
            StaffBrowser.tabTo(page, "start-application");
            page.keyboard().press("Enter");
            page.waitForSelector(".error-summary");
            assertThat(page.locator(".error-summary").textContent()).contains("身份证号与该任务的对象不一致");
            assertThat(problems(page)).isEmpty();

            StaffBrowser.tabTo(page, "person.residentId");
            page.keyboard().press("Control+A");
            page.keyboard().type(person);
            page.keyboard().press("Tab");
            page.keyboard().type(person + "21");
            page.keyboard().press("Tab");
            page.keyboard().type("河南省南阳市社旗县赊店镇1号");
            StaffBrowser.tabTo(page, "start-application");
            page.keyboard().press("Enter");
            page.waitForURL("**/staff/intake/*/person");
            finishAssistedApplication(page);

            page.navigate(url("/staff"));
            StaffBrowser.tabTo(page, "main-nav-me");
            page.keyboard().press("Enter");
            page.waitForURL("**/staff/me/password");
            assertThat(problems(page)).isEmpty();
            StaffBrowser.tabTo(page, "currentPassword");
            page.keyboard().type(StaffBrowser.PASSWORD);
            page.keyboard().press("Tab");
            page.keyboard().type("short");
            StaffBrowser.tabTo(page, "change-password");
            page.keyboard().press("Enter");
            page.waitForSelector(".error-summary");
            assertThat(page.locator(".error-summary a").first().getAttribute("href"))
                    .isEqualTo("#newPassword");
            assertThat(problems(page)).isEmpty();
            StaffBrowser.tabTo(page, "currentPassword");
            page.keyboard().type(StaffBrowser.PASSWORD);
            StaffBrowser.tabTo(page, "newPassword");
            page.keyboard().type("a-brand-new-long-passphrase-4");
            page.keyboard().press("Tab");
            page.keyboard().type("a-brand-new-long-passphrase-4");
            page.keyboard().press("Enter");
            page.waitForURL("**/staff/me/password?changed");
            assertThat(page.locator(".notice").textContent()).contains("密码已修改");
            assertThat(problems(page)).isEmpty();
        }
        assertThat(jdbc.sql("SELECT outcome FROM elig_outreach_task WHERE id = ?")
                        .param(task)
                        .query(String.class)
                        .single())
                .isEqualTo("ASSISTED_APPLICATION");
        assertThat(jdbc.sql("""
                        SELECT a.status || ' ' || a.channel FROM intake_application a
                          JOIN staff_account s ON s.id = a.staff_account_id WHERE s.username = ?""").param(assistant.username()).query(String.class).list())
                .containsExactly("SUBMITTED ASSISTED");
    }

    /**
     * From the person page of the draft the task opened: the payee, every material, the check page, the declaration
     * (refused unticked) and the confirmation, each page checked; with the keyboard except for choosing the files.
     */
    private static void finishAssistedApplication(Page page) {
        assertThat(problems(page)).isEmpty();
        next(page, "**/staff/intake/*/payee");
        StaffBrowser.tabTo(page, "payee.holderName");
        page.keyboard().type("赵六");
        StaffBrowser.tabTo(page, "payee.bankName");
        page.keyboard().type("中国农业银行社旗支行");
        StaffBrowser.tabTo(page, "payee.accountNumber");
        page.keyboard().type("6228480010007654321");
        next(page, "**/staff/intake/*/materials");
        for (int i = 0;
                i < 10
                        && page.locator("section:has(.tag--todo) input[name=file]")
                                        .count()
                                > 0;
                i++) {
            String id = page.locator("section:has(.tag--todo) input[name=file]")
                    .first()
                    .getAttribute("id");
            String type = id.substring("file-".length());
            page.locator("[id='" + id + "']")
                    .setInputFiles(new FilePayload(
                            type + ".pdf",
                            "application/pdf",
                            "%PDF-1.4\n% test\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            StaffBrowser.tabTo(page, "upload-" + type);
            page.keyboard().press("Enter");
            page.waitForURL("**/materials?uploaded=" + type);
        }
        assertThat(page.locator("section:has(.tag--todo)").count()).isZero();
        next(page, "**/staff/intake/*/check");
        next(page, "**/staff/intake/*/declaration");
        StaffBrowser.tabTo(page, "submit-application");
        page.keyboard().press("Enter");
        page.waitForSelector(".error-summary");
        assertThat(problems(page)).isEmpty();
        StaffBrowser.tabTo(page, "declared");
        page.keyboard().press("Space");
        StaffBrowser.tabTo(page, "submit-application");
        page.keyboard().press("Enter");
        page.waitForURL("**/staff/intake/*/done");
        assertThat(page.locator("#application-number").textContent()).startsWith("LX");
        assertThat(problems(page)).isEmpty();
    }

    /** Checks the page, presses its continue button with the keyboard and waits for the next page. */
    private static void next(Page page, String url) {
        assertThat(problems(page)).isEmpty();
        StaffBrowser.tabTo(page, "continue");
        page.keyboard().press("Enter");
        page.waitForURL(url);
    }

    @Test
    void aReviewerImportsAFileAndReadsTheLineOfItsBadRow() throws Exception {
        StaffBrowser.Enrolled reviewer = StaffBrowser.enrolled(port, staff, tx, StaffRole.FEDERATION_REVIEWER, COUNTY);
        String csv = "resident_id,died_on\n" + TestResidentIds.random() + "," + today.minusDays(3) + "\n"
                + TestResidentIds.random() + "," + today.minusDays(2) + "\n" + "123," + today.minusDays(1) + "\n";
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.setViewportSize(1366, 768);
            StaffBrowser.signIn(page, url(""), reviewer);
            StaffBrowser.tabTo(page, "main-nav-imports");
            page.keyboard().press("Enter");
            page.waitForURL("**/staff/imports");
            assertThat(problems(page)).isEmpty();

            StaffBrowser.tabTo(page, "upload");
            page.keyboard().press("Enter");
            page.waitForSelector(".error-summary");
            assertThat(problems(page)).isEmpty();

            StaffBrowser.tabTo(page, "source");
            for (int i = 0; i < 3; i++) {
                page.keyboard().press("ArrowDown");
            }
            assertThat(page.inputValue("#source")).isEqualTo("DEATH");
            StaffBrowser.tabTo(page, "mode-SNAPSHOT");
            page.keyboard().press("ArrowDown");
            assertThat(page.isChecked("#mode-DELTA")).isTrue();
            page.setInputFiles(
                    "#file", new FilePayload("deaths.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
            StaffBrowser.tabTo(page, "upload");
            page.keyboard().press("Enter");
            page.waitForURL("**/staff/imports/*");
            page.waitForFunction(
                    "document.getElementById('progress').getAttribute('data-running') === 'false'",
                    null,
                    new Page.WaitForFunctionOptions().setTimeout(120_000));
            assertThat(page.locator("#status").textContent()).contains("有错误行");
            assertThat(page.locator("table").last().textContent()).contains("4").contains("resident_id");
            assertThat(problems(page)).isEmpty();
        }
    }

    private UUID proposal(String person) {
        UUID run = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO elig_recheck_run (id, checked_on, trigger, requested_by, finished_at)"
                        + " VALUES (?, ?, 'ON_DEMAND', 'test', now())")
                .params(run, today)
                .update();
        jdbc.sql("""
                        INSERT INTO elig_proposal (id, run_id, beneficiary_id, resident_index, resident_masked, subsidy,
                            kind, reason, effective_month, township_code)
                        VALUES (?, ?, ?, ?, ?, 'CARE', 'STOP_DECEASED', 'DECEASED', ?, ?)
                        """)
                .params(
                        id,
                        run,
                        UUID.randomUUID().toString(),
                        personalData.index(PersonalData.RESIDENT_ID, person),
                        Masking.residentId(person),
                        today.withDayOfMonth(1).plusMonths(1),
                        TOWNSHIP)
                .update();
        return id;
    }

    private UUID task(String person) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO elig_outreach_task (id, kind, resident_index, resident_masked, certificate_fact_id,
                            subsidies, township_code)
                        VALUES (?, 'NEW_CERTIFICATE', ?, ?, ?, ARRAY['CARE'], ?)
                        """)
                .params(
                        id,
                        personalData.index(PersonalData.RESIDENT_ID, person),
                        Masking.residentId(person),
                        UUID.randomUUID(),
                        TOWNSHIP)
                .update();
        return id;
    }
}
