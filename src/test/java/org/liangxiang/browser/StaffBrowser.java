package org.liangxiang.browser;

import com.microsoft.playwright.Page;
import java.util.UUID;
import org.liangxiang.BrowserlessSession;
import org.liangxiang.StaffSignIn;
import org.liangxiang.TestResidentIds;
import org.liangxiang.account.NewStaffAccount;
import org.liangxiang.account.StaffAccounts;
import org.liangxiang.account.StaffRole;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff accounts for browser tests: a new account of a role with its second factor enrolled (over HTTP, as a person
 * would at the first sign-in), and the keyboard sign-in of the browser with the next code of its secret.
 */
final class StaffBrowser {

    static final String PASSWORD = "a-long-test-password-1";

    record Enrolled(String username, String secret) {}

    private StaffBrowser() {}

    static Enrolled enrolled(int port, StaffAccounts staff, TransactionTemplate tx, StaffRole role, String jurisdiction)
            throws Exception {
        String username = "br-" + UUID.randomUUID().toString().substring(0, 8);
        tx.executeWithoutResult(s -> staff.create(
                new NewStaffAccount(username, "浏览器测试", TestResidentIds.random(), PASSWORD, role, jurisdiction), "t"));
        String secret = StaffSignIn.signInEnrolling(new BrowserlessSession(port), username, PASSWORD);
        return new Enrolled(username, secret);
    }

    /** Signs in with the keyboard only: user name, password, then the code of the next time step. */
    static void signIn(Page page, String base, Enrolled account) {
        page.navigate(base + "/staff/login");
        tabTo(page, "username");
        page.keyboard().type(account.username());
        tabTo(page, "password");
        page.keyboard().type(PASSWORD);
        page.keyboard().press("Enter");
        page.waitForURL("**/staff/login/code");
        tabTo(page, "code");
        page.keyboard().type(StaffSignIn.nextCode(account.secret()));
        page.keyboard().press("Enter");
        page.waitForURL("**/staff");
    }

    /** Presses Tab until the element with the id has focus (at most 60 times), as a keyboard user would. */
    static void tabTo(Page page, String id) {
        for (int i = 0; i < 60; i++) {
            page.keyboard().press("Tab");
            if (id.equals(page.evaluate("document.activeElement && document.activeElement.id"))) {
                return;
            }
        }
        throw new AssertionError("could not reach #" + id + " with the Tab key");
    }

    /** True when the page scrolls sideways (content wider than the viewport). */
    static boolean scrollsSideways(Page page) {
        return (Boolean)
                page.evaluate("document.documentElement.scrollWidth > document.documentElement.clientWidth + 1");
    }
}
