package org.liangxiang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.account.StaffAccounts;
import org.liangxiang.account.StaffRole;
import org.liangxiang.account.Totp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A staff member (enrolling the second factor at the first sign-in) and an applicant sign in with the keyboard only,
 * in a real browser.
 */
@IntegrationTest
class SignInJourneyBrowserTests extends Browser {

    static final String PASSWORD = "a-long-test-password-1";

    @Autowired
    StaffAccounts staff;

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    TransactionTemplate tx;

    /** Presses Tab until the element with the id has focus (at most 30 times), as a keyboard user would. */
    private static void tabTo(Page page, String id) {
        for (int i = 0; i < 30; i++) {
            page.keyboard().press("Tab");
            if (id.equals(page.evaluate("document.activeElement && document.activeElement.id"))) {
                return;
            }
        }
        throw new AssertionError("could not reach #" + id + " with the Tab key");
    }

    @Test
    void staffMemberSignsInWithTheKeyboardAndSignsOut() {
        String username = "kb-" + UUID.randomUUID().toString().substring(0, 8);
        tx.executeWithoutResult(
                s -> staff.create(username, "键盘用户", PASSWORD, StaffRole.CIVIL_AFFAIRS_APPROVER, "410102", "system"));
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/"));
            tabTo(page, "main-staff-link");
            page.keyboard().press("Enter");
            page.waitForURL("**/staff/login");
            tabTo(page, "username");
            page.keyboard().type(username);
            page.keyboard().press("Tab");
            page.keyboard().type(PASSWORD);
            page.keyboard().press("Enter");
            page.waitForURL("**/staff/login/enrol");
            assertThat(accessibilityViolations(page)).isEmpty();
            String secret = page.locator("#secret").textContent().replace(" ", "");
            assertThat(page.locator(".qr-code svg[role=img]").count()).isEqualTo(1);
            tabTo(page, "code");
            page.keyboard().type(Totp.codeAt(secret, Instant.now()));
            page.keyboard().press("Enter");
            page.waitForURL("**/staff");
            assertThat(page.locator("h1").textContent()).isEqualTo("工作台");
            assertThat(page.content()).contains("县级民政审定人");
            assertThat(accessibilityViolations(page)).isEmpty();
            page.locator("button[type=submit]").focus();
            page.keyboard().press("Enter");
            page.waitForURL("**/staff/login?signedOut");
        }
    }

    @Test
    void applicantSignsInAndSeesOnlyTheMaskedNumber() {
        String mobile = "136" + String.format("%08d", Math.abs(UUID.randomUUID().hashCode()) % 100_000_000);
        tx.executeWithoutResult(s -> applicants.register(mobile, PASSWORD));
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            tabTo(page, "mobile");
            page.keyboard().type(mobile);
            tabTo(page, "password");
            page.keyboard().type(PASSWORD);
            page.keyboard().press("Enter");
            page.waitForURL("**/me");
            assertThat(page.content())
                    .contains(mobile.substring(0, 3) + "****" + mobile.substring(7))
                    .doesNotContain(mobile);
            assertThat(accessibilityViolations(page)).isEmpty();
        }
    }

    @Test
    void aFailedSignInShowsAnErrorSummaryThatLeadsToTheField() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            page.fill("#mobile", "13000000000");
            page.fill("#password", "not-the-password");
            page.press("#password", "Enter");
            page.waitForURL("**/login?error");
            // the deferred script moves the focus on DOMContentLoaded: wait for the load after it, not only for the
            // markup
            page.waitForLoadState(LoadState.LOAD);
            assertThat(page.evaluate("document.activeElement.className")).isEqualTo("error-summary");
            assertThat(page.locator(".error-summary a").textContent()).contains("手机号或密码不正确");
            page.locator(".error-summary a").click();
            assertThat(page.evaluate("document.activeElement.id")).isEqualTo("mobile");
        }
    }
}
