package org.liangxiang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.TestResidentIds;
import org.liangxiang.account.StaffAccounts;
import org.liangxiang.account.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keyboard-only journeys of the staff side in Chromium: sign-in with password and a TOTP code computed from the
 * enrolled secret, the lockout after five failures, the system administrator creating an account, the audit
 * administrator searching the trail, and the idle-timeout warning extending the session without losing what was typed.
 */
@IntegrationTest
class StaffJourneysBrowserTests extends Browser {

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void theSystemAdministratorSignsInWithACodeAndCreatesAnAccount() throws Exception {
        StaffBrowser.Enrolled admin = StaffBrowser.enrolled(port, staff, tx, StaffRole.SYSTEM_ADMIN, "410000");
        String username = "kb-" + UUID.randomUUID().toString().substring(0, 8);
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            StaffBrowser.signIn(page, url(""), admin);
            StaffBrowser.tabTo(page, "main-nav-accounts");
            page.keyboard().press("Enter");
            page.waitForURL("**/staff/admin/accounts");
            StaffBrowser.tabTo(page, "new-account");
            page.keyboard().press("Enter");
            page.waitForURL("**/staff/admin/accounts/new");

            StaffBrowser.tabTo(page, "username");
            page.keyboard().type(username);
            page.keyboard().press("Tab");
            page.keyboard().type("键盘新同事");
            page.keyboard().press("Tab");
            page.keyboard().type(TestResidentIds.random());
            page.keyboard().press("Tab");
            page.keyboard().press("ArrowDown");
            page.keyboard().press("Tab");
            page.keyboard().type("410102001");
            page.keyboard().press("Tab");
            page.keyboard().type("short");
            page.keyboard().press("Enter");
            page.waitForSelector(".error-summary");
            // the deferred script moves the focus on DOMContentLoaded: wait for the load after it, not only for the
            // markup
            page.waitForLoadState(LoadState.LOAD);
            assertThat(page.evaluate("document.activeElement.className")).isEqualTo("error-summary");
            assertThat(page.locator(".error-summary a").first().getAttribute("href"))
                    .isEqualTo("#password");
            assertThat(page.inputValue("#username"))
                    .as("the form keeps what was typed")
                    .isEqualTo(username);
            assertThat(accessibilityViolations(page)).isEmpty();

            StaffBrowser.tabTo(page, "password");
            page.keyboard().type("correct-horse-battery-9");
            page.keyboard().press("Enter");
            page.waitForURL("**/staff/admin/accounts/*?created");
            assertThat(page.locator("h1").textContent()).contains(username);
            assertThat(page.locator(".notice").textContent()).contains("账户已创建");
        }
        assertThat(staff.findByUsername(username)).isPresent();
    }

    @Test
    void fiveWrongPasswordsLockTheAccount() throws Exception {
        StaffBrowser.Enrolled clerk = StaffBrowser.enrolled(port, staff, tx, StaffRole.TOWNSHIP_CLERK, "410102001");
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            for (int i = 0; i < 6; i++) {
                page.navigate(url("/staff/login"));
                StaffBrowser.tabTo(page, "username");
                page.keyboard().type(clerk.username());
                page.keyboard().press("Tab");
                page.keyboard().type(i < 5 ? "wrong-password-" + i : StaffBrowser.PASSWORD);
                page.keyboard().press("Enter");
                page.waitForURL("**/staff/login?error");
            }
            assertThat(page.locator(".error-summary").textContent()).contains("用户名或密码不正确");
            assertThat(page.content()).contains("连续5次输错密码或验证码，账户将锁定15分钟");
        }
        UUID id = staff.findByUsername(clerk.username()).orElseThrow();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_record WHERE type = 'STAFF_ACCOUNT_LOCKED' AND object_id = ?")
                        .param(id.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theAuditAdministratorSearchesTheTrailByObject() throws Exception {
        StaffBrowser.Enrolled auditor = StaffBrowser.enrolled(port, staff, tx, StaffRole.AUDIT_ADMIN, "410000");
        StaffBrowser.Enrolled clerk = StaffBrowser.enrolled(port, staff, tx, StaffRole.TOWNSHIP_CLERK, "410102001");
        String clerkId = staff.findByUsername(clerk.username()).orElseThrow().toString();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            StaffBrowser.signIn(page, url(""), auditor);
            StaffBrowser.tabTo(page, "main-nav-audit");
            page.keyboard().press("Enter");
            page.waitForURL("**/staff/audit");
            StaffBrowser.tabTo(page, "objectId");
            page.keyboard().type(clerkId);
            StaffBrowser.tabTo(page, "search");
            page.keyboard().press("Enter");
            page.waitForURL("**/staff/audit?**");
            assertThat(page.locator("table").textContent())
                    .contains("STAFF_ACCOUNT_CREATED")
                    .contains("SECOND_FACTOR_ENROLLED");
            assertThat(accessibilityViolations(page)).isEmpty();
            StaffBrowser.tabTo(page, "check-link");
            page.keyboard().press("Enter");
            page.waitForURL("**/staff/audit/check");
            assertThat(page.locator("#check-result").isVisible()).isTrue();
        }
    }

    @Test
    void theIdleWarningExtendsTheSessionWithoutLosingWhatWasTyped() throws Exception {
        StaffBrowser.Enrolled admin = StaffBrowser.enrolled(port, staff, tx, StaffRole.SYSTEM_ADMIN, "410000");
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.clock().install();
            StaffBrowser.signIn(page, url(""), admin);
            page.navigate(url("/staff/admin/accounts/new"));
            StaffBrowser.tabTo(page, "fullName");
            page.keyboard().type("填了一半");
            assertThat(page.locator("#session-warning").isVisible()).isFalse();

            page.clock().fastForward("28:05");

            assertThat(page.locator("#session-warning").isVisible()).isTrue();
            assertThat(page.evaluate("document.activeElement.id")).isEqualTo("session-extend");
            assertThat(accessibilityViolations(page)).isEmpty();
            page.keyboard().press("Enter");
            page.waitForFunction("!document.getElementById('session-warning').open");
            assertThat(page.evaluate("document.activeElement.id")).isEqualTo("fullName");
            assertThat(page.inputValue("#fullName")).isEqualTo("填了一半");
            assertThat(page.locator("#session-status").textContent()).contains("已延长");
            assertThat(page.url()).endsWith("/staff/admin/accounts/new");
        }
    }
}
