package org.liangxiang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.TestResidentIds;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.account.PortalTestData;
import org.liangxiang.account.StaffAccounts;
import org.liangxiang.account.StaffRole;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application form in a real browser, with the keyboard (files are chosen through the file input, as the
 * operating system's picker would): a person registers, binds their real name, consents, applies for both subsidies
 * with uploads and sees the confirmation; an agent applies for a relative on a 320 px phone through /m; a clerk enters
 * a window application at 1366x768. Every page reached is checked with axe-core in the three display modes.
 */
@IntegrationTest
class ApplyJourneyBrowserTests extends Browser {

    private static final String TOWNSHIP = "410102001"; // 郑州 中原区 林山寨街道

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    StaffAccounts staff;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalData personalData;

    @Test
    void aPersonAppliesForBothSubsidiesForThemselfWithTheKeyboardAlone() throws Exception {
        String mobile = PortalTestData.newMobile();
        PortalTestData.Person person = PortalTestData.unboundPerson(jdbc, personalData);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            register(page, mobile);
            bindRealName(page, person);

            tabTo(page, "apply-link");
            page.keyboard().press("Enter");
            page.waitForURL(url -> url.endsWith("/me/consent?next=/apply"));
            page.waitForLoadState();
            accessible(page);
            tabTo(page, "agree");
            page.keyboard().press("Space");
            tabTo(page, "give-consent");
            page.keyboard().press("Enter");
            page.waitForURL(url("/apply"));
            accessible(page);
            tabTo(page, "start-application");
            page.keyboard().press("Enter");

            continueFrom(page, "**/apply/new", "**/apply/new/subsidies");
            tabTo(page, "subsidies");
            page.keyboard().press("Space");
            tabTo(page, "subsidies-CARE");
            page.keyboard().press("Space");
            continueFrom(page, "**/apply/new/subsidies", "**/apply/new/person");
            assertThat(page.locator("#progress").textContent()).contains("3").contains("7");
            assertThat(page.inputValue("[id='person.fullName']")).isEqualTo(person.fullName());
            assertThat(page.inputValue("[id='person.residentId']")).isEqualTo(person.residentId());
            tabTo(page, "person.householdAddress");
            page.keyboard().type("河南省郑州市中原区建设路18号");
            chooseTownship(page);
            continueFrom(page, null, "**/apply/*/payee");

            tabTo(page, "payee.bankName");
            page.keyboard().type("中国农业银行郑州中原支行");
            tabTo(page, "continue");
            page.keyboard().press("Enter");
            page.waitForSelector(".error-summary");
            accessible(page);
            assertThat(page.locator(".error-summary a").first().getAttribute("href"))
                    .isEqualTo("#payee.accountNumber");
            assertThat(page.inputValue("[id='payee.bankName']")).isEqualTo("中国农业银行郑州中原支行");
            tabTo(page, "payee.accountNumber");
            page.keyboard().type("6228480010001234567");
            continueFrom(page, null, "**/apply/*/materials");

            uploadEveryMissingMaterial(page);
            finish(page);
            assertThat(page.locator("#my-application").getAttribute("href")).startsWith("/my/applications/");
            UUID account = applicants.findByMobile(mobile).orElseThrow();
            assertThat(submitted(account)).isEqualTo("SUBMITTED ONLINE_WEB PERSON CARE,LIVING");
        }
    }

    @Test
    void anAgentAppliesForARelativeOnAPhoneThroughTheMobileEntry() throws Exception {
        String mobile = PortalTestData.newMobile();
        String relative = TestResidentIds.random();
        try (BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(320, 640))) {
            Page page = context.newPage();
            page.navigate(url("/m"));
            register(page, mobile);
            page.navigate(url("/apply"));
            tabTo(page, "agree");
            page.keyboard().press("Space");
            tabTo(page, "give-consent");
            page.keyboard().press("Enter");
            page.waitForURL(url("/apply"));
            page.navigate(url("/apply/new"));
            accessible(page);

            tabTo(page, "submitter.kind");
            page.keyboard().press("ArrowDown");
            assertThat(page.isChecked("[id='submitter.kind-GUARDIAN']")).isTrue();
            tabTo(page, "submitter.relationship");
            page.keyboard().type("女儿");
            continueFrom(page, null, "**/apply/new/subsidies");
            tabTo(page, "subsidies-CARE");
            page.keyboard().press("Space");
            continueFrom(page, null, "**/apply/new/person");
            assertThat(page.inputValue("[id='person.fullName']")).isEmpty();
            type(page, "person.fullName", "赵六");
            type(page, "person.residentId", relative);
            type(page, "person.certificateNumber", relative + "12");
            type(page, "person.householdAddress", "河南省郑州市中原区建设路20号");
            chooseTownship(page);
            continueFrom(page, null, "**/apply/*/payee");
            type(page, "payee.holderName", "赵六");
            type(page, "payee.bankName", "中国银行");
            type(page, "payee.accountNumber", "6217000010009876543");
            continueFrom(page, null, "**/apply/*/materials");
            assertThat(page.locator("[id='file-AGENT_AUTHORISATION_AND_ID']").getAttribute("accept"))
                    .isEqualTo("application/pdf,image/jpeg,image/png");
            assertThat(page.locator("[id='photo-AGENT_AUTHORISATION_AND_ID']").getAttribute("capture"))
                    .isEqualTo("environment");

            uploadEveryMissingMaterial(page);
            finish(page);
            UUID account = applicants.findByMobile(mobile).orElseThrow();
            assertThat(submitted(account)).isEqualTo("SUBMITTED ONLINE_MOBILE GUARDIAN CARE");
        }
    }

    @Test
    void aClerkEntersAWindowApplication() throws Exception {
        StaffBrowser.Enrolled clerk = StaffBrowser.enrolled(port, staff, tx, StaffRole.TOWNSHIP_CLERK, TOWNSHIP);
        String person = TestResidentIds.random();
        try (BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(1366, 768))) {
            Page page = context.newPage();
            staffPersonPage(page, clerk, "钱七", person, "河南省郑州市中原区建设路30号");
            assertThat(page.locator("[id='person.homeTownship']").count()).isZero();
            continueFrom(page, null, "**/staff/intake/*/payee");
            type(page, "payee.holderName", "钱七");
            type(page, "payee.bankName", "中国建设银行");
            type(page, "payee.accountNumber", "6227000010001111222");
            continueFrom(page, null, "**/staff/intake/*/materials");
            uploadEveryMissingMaterial(page);
            finish(page);
            assertThat(jdbc.sql("""
                            SELECT channel FROM intake_application a JOIN staff_account s ON s.id = a.staff_account_id
                             WHERE s.username = ? AND a.status = 'SUBMITTED'""").param(clerk.username()).query(String.class).list())
                    .containsExactly("WINDOW");
        }
    }

    @Test
    void aCountyAssistantChoosesWhereTheApplicationIsReceived() throws Exception {
        StaffBrowser.Enrolled assistant = StaffBrowser.enrolled(port, staff, tx, StaffRole.STAFF_ASSISTANT, "410102");
        String person = TestResidentIds.random();
        String receiving = "410102002"; // 建设路街道, in the assistant's county
        try (BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(768, 1024))) {
            Page page = context.newPage();
            staffPersonPage(page, assistant, "孙八", person, "河南省郑州市中原区建设路31号");
            tabTo(page, "person.homeTownship");
            page.selectOption("[id='person.homeTownship']", TOWNSHIP);
            tabTo(page, "continue");
            page.keyboard().press("Enter");
            page.waitForSelector(".error-summary a[href='#receivingTownship']");
            accessible(page);
            tabTo(page, "receivingTownship");
            page.selectOption("#receivingTownship", receiving);
            continueFrom(page, null, "**/staff/intake/*/payee");
        }
        assertThat(jdbc.sql("""
                        SELECT a.channel || ' ' || a.receiving_township FROM intake_application a
                          JOIN staff_account s ON s.id = a.staff_account_id WHERE s.username = ?""").param(assistant.username()).query(String.class).list())
                .containsExactly("ASSISTED " + receiving);
    }

    /** Registers with a code from the demo outbox, with the keyboard. */
    private void register(Page page, String mobile) throws Exception {
        page.navigate(url("/register"));
        tabTo(page, "mobile");
        page.keyboard().type(mobile);
        page.keyboard().press("Enter");
        page.waitForSelector("#code");
        tabTo(page, "code");
        page.keyboard().type(PortalTestData.latestCode(port, mobile));
        page.keyboard().press("Enter");
        page.waitForURL("**/me");
    }

    private void bindRealName(Page page, PortalTestData.Person person) {
        tabTo(page, "real-name-link");
        page.keyboard().press("Enter");
        page.waitForURL("**/me/real-name");
        type(page, "fullName", person.fullName());
        type(page, "residentId", person.residentId());
        type(page, "certificateNumber", person.certificateNumber());
        page.keyboard().press("Enter");
        page.waitForURL("**/me?bound");
    }

    /** Down the township picker from the home province: city, county, then the township in the last select. */
    private static void chooseTownship(Page page) {
        for (String code : List.of("410100", "410102")) {
            tabTo(page, "person.homeTownship");
            page.selectOption("[id='person.homeTownship']", code);
            tabTo(page, "pick-region");
            page.keyboard().press("Enter");
            page.waitForSelector(
                    "[id='person.homeTownship'] option[value^='" + code.replaceAll("0+$", "") + "']:not([value='" + code
                            + "'])",
                    new Page.WaitForSelectorOptions().setState(WaitForSelectorState.ATTACHED));
        }
        accessible(page);
        tabTo(page, "person.homeTownship");
        page.selectOption("[id='person.homeTownship']", TOWNSHIP);
    }

    /** Uploads a small PDF for every material still marked as needed, one form at a time. */
    private static void uploadEveryMissingMaterial(Page page) {
        accessible(page);
        for (int i = 0; i < 10; i++) {
            Locator todo = page.locator("section:has(.tag--todo) input[name=file]");
            if (todo.count() == 0) {
                return;
            }
            String id = todo.first().getAttribute("id");
            String type = id.substring("file-".length());
            page.locator("[id='" + id + "']")
                    .setInputFiles(new FilePayload(
                            type + ".pdf",
                            "application/pdf",
                            "%PDF-1.4\n% test\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)));
            tabTo(page, "upload-" + type);
            page.keyboard().press("Enter");
            page.waitForURL("**/materials?uploaded=" + type);
        }
        throw new AssertionError("materials still missing on " + page.url());
    }

    /** From the materials page: check your answers, the declaration (refused unticked), submission, confirmation. */
    private static void finish(Page page) {
        continueFrom(page, null, "**/check");
        continueFrom(page, null, "**/declaration");
        tabTo(page, "submit-application");
        page.keyboard().press("Enter");
        page.waitForSelector(".error-summary");
        accessible(page);
        tabTo(page, "declared");
        page.keyboard().press("Space");
        tabTo(page, "submit-application");
        page.keyboard().press("Enter");
        page.waitForURL("**/done");
        accessible(page);
        assertThat(page.locator("#application-number").textContent()).startsWith("LX");
        assertThat(page.locator("#receipt-pending").count()
                        + page.locator("#receipt-link").count())
                .isEqualTo(1);
    }

    /** Checks the page, then presses the page's continue control with the keyboard and waits for the next page. */
    private static void continueFrom(Page page, String here, String next) {
        if (here != null) {
            page.waitForURL(here);
        }
        accessible(page);
        tabTo(page, "continue");
        page.keyboard().press("Enter");
        page.waitForURL(next);
    }

    private static void type(Page page, String id, String text) {
        tabTo(page, id);
        page.keyboard().type(text);
    }

    /** axe-core in the default, large-text and high-contrast modes (the mode is the class on html), no sideways scroll. */
    private static void accessible(Page page) {
        page.waitForLoadState();
        Object original = page.evaluate("document.documentElement.className");
        for (String mode : List.of("display-default", "display-large", "display-contrast")) {
            page.evaluate("m => document.documentElement.className = m", mode);
            assertThat(accessibilityViolations(page))
                    .as(page.url() + " " + mode)
                    .isEmpty();
            assertThat(StaffBrowser.scrollsSideways(page))
                    .as(page.url() + " " + mode)
                    .isFalse();
        }
        page.evaluate("m => document.documentElement.className = m", original);
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

    private String submitted(UUID account) {
        return jdbc.sql("""
                        SELECT status || ' ' || channel || ' ' || submitter_kind || ' '
                               || (SELECT string_agg(s, ',' ORDER BY s) FROM unnest(subsidies) s)
                          FROM intake_application WHERE submitter_account_id = ?""").param(account).query(String.class).single();
    }
    /** Signed in as {@code who}, by keyboard to the staff form's person page, with the person typed in. */
    private void staffPersonPage(Page page, StaffBrowser.Enrolled who, String name, String person, String address) {
        StaffBrowser.signIn(page, url(""), who);
        tabTo(page, "main-nav-intake");
        page.keyboard().press("Enter");
        continueFrom(page, "**/staff/intake/new", "**/staff/intake/new/subsidies");
        tabTo(page, "subsidies");
        page.keyboard().press("Space");
        continueFrom(page, null, "**/staff/intake/new/person");
        type(page, "person.fullName", name);
        type(page, "person.residentId", person);
        type(page, "person.certificateNumber", person + "21");
        type(page, "person.householdAddress", address);
    }
}
