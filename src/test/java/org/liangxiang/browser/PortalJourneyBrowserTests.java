package org.liangxiang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.account.ApplicantConsents;
import org.liangxiang.account.PortalTestData;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The portal's journeys with the keyboard alone, in a real browser, each page checked with axe-core: register with a
 * code read from the demo SMS outbox, bind the real name, give and withdraw consent (in each display mode); sign in
 * with a wrong code and then the right one; read a guide and do the self-check; the session expiry warning.
 */
@IntegrationTest
class PortalJourneyBrowserTests extends Browser {

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    ApplicantConsents consents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalData personalData;

    /** Presses Tab until the element with the id has focus (at most 60 times), as a keyboard user would. */
    private static void tabTo(Page page, String id) {
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            if (id.equals(page.evaluate("document.activeElement && document.activeElement.id"))) {
                return;
            }
        }
        throw new AssertionError("could not reach #" + id + " with the Tab key on " + page.url());
    }

    private static void accessible(Page page) {
        assertThat(accessibilityViolations(page)).as(page.url()).isEmpty();
    }

    private Page open(BrowserContext context, String display) {
        Page page = context.newPage();
        page.navigate(url("/?display=" + display));
        return page;
    }

    private String code(BrowserContext context, String mobile) throws Exception {
        return PortalTestData.latestCode(port, mobile);
    }

    @ParameterizedTest(name = "in {0} display")
    @ValueSource(strings = {"default", "large", "contrast"})
    void aPersonRegistersBindsTheirRealNameAndGivesAndWithdrawsConsentWithTheKeyboard(String display) throws Exception {
        String mobile = PortalTestData.newMobile();
        PortalTestData.Person person = PortalTestData.unboundPerson(jdbc, personalData);
        try (BrowserContext context = browser.newContext()) {
            Page page = open(context, display);
            page.navigate(url("/login"));
            tabTo(page, "register-link");
            page.keyboard().press("Enter");
            page.waitForURL("**/register");
            accessible(page);

            tabTo(page, "mobile");
            page.keyboard().type(mobile);
            page.keyboard().press("Enter");
            page.waitForSelector("#code");
            assertThat(page.locator("#code").getAttribute("autocomplete")).isEqualTo("one-time-code");
            accessible(page);
            tabTo(page, "code");
            page.keyboard().type(code(context, mobile));
            page.keyboard().press("Enter");
            page.waitForURL("**/me");
            accessible(page);

            tabTo(page, "real-name-link");
            page.keyboard().press("Enter");
            page.waitForURL("**/me/real-name");
            accessible(page);
            tabTo(page, "bind-real-name");
            page.keyboard().press("Enter");
            page.waitForSelector(".error-summary");
            assertThat(page.locator(".error-summary a").allTextContents()).hasSize(2);
            accessible(page);
            tabTo(page, "fullName");
            page.keyboard().type(person.fullName());
            tabTo(page, "residentId");
            page.keyboard().type(person.residentId());
            tabTo(page, "certificateNumber");
            page.keyboard().type(person.certificateNumber());
            page.keyboard().press("Enter");
            page.waitForURL("**/me?bound");
            accessible(page);

            tabTo(page, "consent-link");
            page.keyboard().press("Enter");
            page.waitForURL("**/me/consent");
            accessible(page);
            tabTo(page, "give-consent");
            page.keyboard().press("Enter");
            page.waitForSelector(".error-summary");
            accessible(page);
            tabTo(page, "agree");
            page.keyboard().press("Space");
            tabTo(page, "give-consent");
            page.keyboard().press("Enter");
            page.waitForURL("**/me/consent?given");
            accessible(page);
            UUID account = applicants.findByMobile(mobile).orElseThrow();
            assertThat(consents.hasConsented(account)).isTrue();

            tabTo(page, "withdraw-link");
            page.keyboard().press("Enter");
            page.waitForURL("**/me/consent/withdraw");
            accessible(page);
            tabTo(page, "confirm-withdraw");
            page.keyboard().press("Enter");
            page.waitForURL("**/me/consent?withdrawn");
            accessible(page);
            assertThat(consents.hasConsented(account)).isFalse();
            assertThat(applicants.findByResidentId(org.liangxiang.shared.ResidentId.of(person.residentId())))
                    .contains(account);
        }
    }

    @Test
    void aWrongCodeLeadsFromTheErrorSummaryToTheFieldAndTheRightOneSignsIn() throws Exception {
        String mobile = PortalTestData.newMobile();
        applicants.register(mobile, null);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            tabTo(page, "code-sign-in-link");
            page.keyboard().press("Enter");
            page.waitForURL("**/login/code");
            tabTo(page, "mobile");
            page.keyboard().type(mobile);
            page.keyboard().press("Enter");
            page.waitForSelector("#code");
            String right = code(context, mobile);
            tabTo(page, "code");
            page.keyboard().type(right.equals("000000") ? "111111" : "000000");
            page.keyboard().press("Enter");
            page.waitForSelector(".error-summary");
            // the deferred script moves the focus on DOMContentLoaded: wait for the load after it, not only for the
            // markup
            page.waitForLoadState(LoadState.LOAD);
            assertThat(page.evaluate("document.activeElement.className")).isEqualTo("error-summary");
            accessible(page);
            page.keyboard().press("Tab");
            page.keyboard().press("Enter");
            assertThat(page.evaluate("document.activeElement.id")).isEqualTo("code");
            page.keyboard().type(right);
            page.keyboard().press("Enter");
            page.waitForURL("**/me");
        }
    }

    @Test
    void aPersonChoosesTheirTownshipReadsTheGuideAndDoesTheSelfCheckWithTheKeyboard() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/guide"));
            accessible(page);
            chooseWithKeyboard(page, "410100");
            chooseWithKeyboard(page, "410102");
            chooseWithKeyboard(page, "410102001");
            tabTo(page, "guide-living");
            page.keyboard().press("Enter");
            page.waitForURL("**/guide/410102001/LIVING");
            assertThat(page.locator("#summary-heading").isVisible()).isTrue();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("10690371010"))
                            .count())
                    .isEqualTo(1);
            accessible(page);

            page.navigate(url("/guide/self-check?region=410102001"));
            accessible(page);
            for (String first : new String[] {"certificate", "level", "category", "household", "care", "applicant"}) {
                tabTo(page, first);
                page.keyboard().press("Space");
            }
            tabTo(page, "self-check-submit");
            page.keyboard().press("Enter");
            page.waitForURL("**/guide/self-check/result**");
            assertThat(page.locator(".result .tag").allTextContents()).containsExactly("可能符合", "可能符合");
            assertThat(page.content()).contains("这只是参考，不是审核决定");
            accessible(page);
        }
    }

    /** Focuses the region select, moves with the arrow keys to the code, and presses the Next button. */
    private void chooseWithKeyboard(Page page, String code) {
        tabTo(page, "region");
        for (int i = 0; i < 200 && !code.equals(page.locator("#region").inputValue()); i++) {
            page.keyboard().press("ArrowDown");
        }
        assertThat(page.locator("#region").inputValue()).isEqualTo(code);
        tabTo(page, "choose-region");
        page.keyboard().press("Enter");
        page.waitForURL("**region=" + code);
    }

    @Test
    void theSessionWarningAppearsBeforeExpiryAndOneKeyExtendsIt() throws Exception {
        String mobile = PortalTestData.newMobile();
        applicants.register(mobile, "a-long-test-password-1");
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.clock().install();
            page.navigate(url("/login"));
            page.fill("#mobile", mobile);
            page.fill("#password", "a-long-test-password-1");
            page.press("#password", "Enter");
            page.waitForURL("**/me");
            assertThat(page.locator("#session-warning").isVisible()).isFalse();

            page.clock().runFor(29 * 60 * 1000);

            assertThat(page.locator("#session-warning").isVisible()).isTrue();
            assertThat(page.evaluate("document.activeElement.id")).isEqualTo("session-extend");
            accessible(page);
            page.keyboard().press("Enter");
            page.waitForCondition(() -> !page.locator("#session-warning").isVisible());
            UUID account = applicants.findByMobile(mobile).orElseThrow();
            assertThat(jdbc.sql("SELECT count(*) FROM audit_record WHERE type = 'SESSION_EXTENDED' AND actor_id = ?")
                            .param(account.toString())
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        }
    }

    @Test
    void theMobileEntryShowsThePortalAndTheWebAppIsInstallable() {
        try (BrowserContext context = browser.newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(320, 640))) {
            Page page = context.newPage();
            page.navigate(url("/m"));
            page.waitForURL(url("/"));
            assertThat(page.locator("link[rel=manifest]").getAttribute("href")).isEqualTo("/manifest.webmanifest");
            assertThat(page.locator("meta[name=theme-color]").getAttribute("content"))
                    .isEqualTo("#0b4fa8");
            String manifest = page.request().get(url("/manifest.webmanifest")).text();
            assertThat(manifest).contains("\"start_url\": \"/m\"").contains("icon-512.png");
            assertThat(page.request().get(url("/icons/icon-192.png")).status()).isEqualTo(200);

            for (String path :
                    new String[] {"/guide/410102001/CARE", "/guide/self-check?region=410102001", "/register"}) {
                page.navigate(url(path));
                assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                        .as("no horizontal scrolling at 320 px on " + path)
                        .isEqualTo(true);
                accessible(page);
            }
        }
    }
}
