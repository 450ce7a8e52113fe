package org.liangxiang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.StaffAccounts;
import org.liangxiang.account.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every staff page of this part of the workbench has zero axe-core WCAG 2.2 AA violations in the default, large-text and
 * high-contrast modes, and fits a 1366x768 screen and a tablet (768x1024) without sideways scrolling.
 */
@IntegrationTest
class StaffPagesAccessibilityBrowserTests extends Browser {

    static final List<String> MODES = List.of("default", "large", "contrast");

    @Autowired
    StaffAccounts staff;

    @Autowired
    TransactionTemplate tx;

    @ParameterizedTest(name = "{0} pages at {1}x{2}, {3}")
    @CsvSource({
        "SYSTEM_ADMIN,   1366, 768,  zh_CN, /staff;/staff/admin/accounts;/staff/admin/accounts/new;/staff/admin/policy;/staff/admin/guides;/staff/admin/calendar;/staff/admin/offices?township=410102001",
        "SYSTEM_ADMIN,   768,  1024, en,    /staff/admin/accounts;/staff/admin/accounts/new;/staff/admin/policy;/staff/admin/calendar;/staff/admin/offices",
        "SECURITY_ADMIN, 1366, 768,  zh_CN, /staff/admin/security",
        "SECURITY_ADMIN, 768,  1024, en,    /staff/admin/security",
        "AUDIT_ADMIN,    1366, 768,  zh_CN, /staff/audit;/staff/audit/check;/staff/audit?from=bad",
        "AUDIT_ADMIN,    768,  1024, en,    /staff/audit;/staff/audit/check",
        "TOWNSHIP_CLERK, 1366, 768,  zh_CN, /staff;/staff/admin/accounts",
    })
    void staffPagesPassAxeInEveryModeAndFitTheScreen(StaffRole role, int width, int height, String lang, String paths)
            throws Exception {
        StaffBrowser.Enrolled account = StaffBrowser.enrolled(port, staff, tx, role, "410000");
        try (BrowserContext context = browser.newContext(new NewContextOptions().setViewportSize(width, height))) {
            Page page = context.newPage();
            StaffBrowser.signIn(page, url(""), account);
            for (String path : paths.split(";")) {
                for (String mode : MODES) {
                    String separator = path.contains("?") ? "&" : "?";
                    page.navigate(url(path + separator + "display=" + mode + "&lang=" + lang));
                    assertThat(accessibilityViolations(page))
                            .as(path + " in " + mode)
                            .isEmpty();
                    assertThat(StaffBrowser.scrollsSideways(page))
                            .as(path + " fits " + width)
                            .isFalse();
                }
            }
        }
    }

    @ParameterizedTest(name = "the second step pages in {0}")
    @CsvSource({"default", "large", "contrast"})
    void theSecondStepPagesPassAxe(String mode) throws Exception {
        String username = "ax-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        tx.executeWithoutResult(
                s -> staff.create(username, "无障碍", StaffBrowser.PASSWORD, StaffRole.TOWNSHIP_CLERK, "410102001", "t"));
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(url("/staff/login?display=" + mode));
            page.fill("#username", username);
            page.fill("#password", StaffBrowser.PASSWORD);
            page.press("#password", "Enter");
            page.waitForURL("**/staff/login/enrol");
            assertThat(accessibilityViolations(page)).as("enrolment").isEmpty();
            page.fill("#code", "000000".equals(page.locator("#secret").textContent()) ? "111111" : "000000");
            page.press("#code", "Enter");
            page.waitForSelector(".error-summary");
            assertThat(accessibilityViolations(page))
                    .as("enrolment with an error")
                    .isEmpty();
            page.navigate(url("/demo/staff-codes?display=" + mode));
            assertThat(accessibilityViolations(page)).as("demo codes").isEmpty();
        }
    }
}
