package org.liangxiang.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.browser.Browser;
import org.liangxiang.guide.MaterialType;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.intake.SubmittedApplication;
import org.liangxiang.notification.NotificationFixtures.Account;
import org.liangxiang.shared.ResidentId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The messages page in a real browser at 320 px: signed in and worked with the keyboard alone, each state checked with
 * axe-core in the default, large-text and high-contrast modes, and never wider than the screen.
 */
@IntegrationTest
class MessagesBrowserTests extends Browser {

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    ApplicationMaterials materials;

    @Autowired
    ApplicationSubmissions submissions;

    @Autowired
    RequiredMaterials required;

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anApplicantReadsAndMarksMessagesWithTheKeyboardInEveryDisplayMode() {
        NotificationFixtures fixtures =
                new NotificationFixtures(applicants, drafts, materials, submissions, required, jdbc);
        ResidentId person = NotificationFixtures.freshPerson();
        Account own = fixtures.person(person);
        SubmittedApplication application = fixtures.submit(own, person, false);
        fixtures.awaitMessage(own.id(), NoticeKind.SUBMITTED);
        fixtures.upload(own, application, MaterialType.DISABILITY_CERTIFICATE);
        fixtures.awaitMessage(own.id(), NoticeKind.MATERIALS_CHANGED);
        List<InboxMessage> inbox = notifications.inbox(own.id(), 10);

        try (BrowserContext context = browser.newContext(
                new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(320, 640))) {
            Page page = context.newPage();
            page.navigate(url("/login"));
            tabTo(page, "mobile");
            page.keyboard().type(own.mobile());
            tabTo(page, "password");
            page.keyboard().type(NotificationFixtures.PASSWORD);
            page.keyboard().press("Enter");
            page.waitForURL("**/me");

            assertThat(page.locator("#messages-link").textContent()).isEqualTo("我的消息（2 条未读）");
            tabTo(page, "messages-link");
            page.keyboard().press("Enter");
            page.waitForURL("**/messages");
            checkedInEveryMode(page);
            assertThat(page.locator("#unread-count").textContent()).contains("2 条未读");
            assertThat(page.locator("#messages li").first().textContent()).contains("未读", "材料已更新");

            tabTo(page, "mark-read-" + inbox.get(0).id());
            page.keyboard().press("Enter");
            page.waitForURL("**/messages?marked");
            checkedInEveryMode(page);
            assertThat(page.locator("#unread-count").textContent()).contains("1 条未读");
            assertThat(page.locator("#messages li").first().textContent()).contains("已读");
            assertThat(page.locator("#mark-read-" + inbox.get(0).id()).count()).isZero();
            assertThat(page.locator("#messages-link").textContent()).isEqualTo("我的消息（1 条未读）");

            page.navigate(url("/messages?lang=en"));
            assertThat(page.locator("h1").textContent()).isEqualTo("My messages");
            assertThat(page.locator("#unread-count").textContent()).isEqualTo("2 messages, 1 of them unread.");
            page.navigate(url("/messages?lang=zh_CN&display=default"));
        }
        assertThat(notifications.unreadCount(own.id())).isEqualTo(1);
    }

    /** Axe-core and the 320 px width in the three display modes (each remembered, so the default comes last). */
    private void checkedInEveryMode(Page page) {
        String path = page.url().replaceAll("[?&]display=[a-z]+", "");
        String separator = path.contains("?") ? "&" : "?";
        for (String display : List.of("large", "contrast", "default")) {
            page.navigate(path + separator + "display=" + display);
            assertThat(accessibilityViolations(page))
                    .as(display + " " + page.url())
                    .isEmpty();
            assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no horizontal scrolling at 320 px in " + display)
                    .isEqualTo(true);
        }
    }

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
}
