package org.liangxiang.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liangxiang.BrowserlessSession;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.guide.MaterialType;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.intake.SubmittedApplication;
import org.liangxiang.notification.NotificationFixtures.Account;
import org.liangxiang.shared.ResidentId;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The page /messages: the applicant's own messages, newest first, unread in words, marked read; nobody else's. */
@IntegrationTest
class MessagesPageIntegrationTests {

    @LocalServerPort
    int port;

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
    void theApplicantSeesTheirMessagesNewestFirstAndMarksOneRead() throws Exception {
        NotificationFixtures fixtures =
                new NotificationFixtures(applicants, drafts, materials, submissions, required, jdbc);
        ResidentId person = NotificationFixtures.freshPerson();
        Account own = fixtures.person(person);
        SubmittedApplication application = fixtures.submit(own, person, false);
        fixtures.awaitMessage(own.id(), NoticeKind.SUBMITTED);
        fixtures.upload(own, application, MaterialType.DISABILITY_CERTIFICATE);
        fixtures.awaitMessage(own.id(), NoticeKind.MATERIALS_CHANGED);
        BrowserlessSession session = signedIn(own);

        String me = session.get("/me").body();
        assertThat(me).as(me).contains("我的消息（2 条未读）");
        String page = session.get("/messages").body();

        assertThat(page).contains("共 2 条消息，其中 2 条未读。");
        assertThat(page.indexOf("材料已更新")).isLessThan(page.indexOf("申请已提交")).isPositive();
        assertThat(page).contains("您的申请（编号 " + application.number() + "）已经提交");
        assertThat(page).contains(">未读<");
        assertThat(notifications.unreadCount(own.id())).isEqualTo(2);

        List<InboxMessage> inbox = notifications.inbox(own.id(), 10);
        InboxMessage submitted = inbox.get(1);
        HttpResponse<String> marked = session.submit("/messages", "/messages/" + submitted.id() + "/read", Map.of());

        assertThat(marked.statusCode()).isEqualTo(302);
        assertThat(marked.headers().firstValue("Location").orElseThrow()).endsWith("/messages?marked");
        String after = session.get("/messages?marked").body();
        assertThat(after).contains("已标为已读。", "共 2 条消息，其中 1 条未读。", ">已读<");
        assertThat(notifications.unreadCount(own.id())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_record WHERE type = 'NOTIFICATION_MESSAGE_READ'"
                                + " AND object_id = ?")
                        .param(submitted.id().toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        String english = session.get("/messages?lang=en").body();
        assertThat(english).contains("Your application (number " + application.number() + ") has been submitted");
    }

    @Test
    void anotherApplicantNeitherSeesNorMarksTheMessages() throws Exception {
        NotificationFixtures fixtures =
                new NotificationFixtures(applicants, drafts, materials, submissions, required, jdbc);
        ResidentId person = NotificationFixtures.freshPerson();
        Account own = fixtures.person(person);
        SubmittedApplication application = fixtures.submit(own, person, false);
        fixtures.awaitMessage(own.id(), NoticeKind.SUBMITTED);
        InboxMessage message = notifications.inbox(own.id(), 1).get(0);
        BrowserlessSession other = signedIn(fixtures.account());

        String page = other.get("/messages").body();
        HttpResponse<String> marked = other.submit("/me", "/messages/" + message.id() + "/read", Map.of());
        HttpResponse<String> notAnId = other.submit("/me", "/messages/not-an-id/read", Map.of());

        assertThat(page).doesNotContain(application.number()).contains("还没有消息");
        assertThat(marked.statusCode()).isEqualTo(404);
        assertThat(notAnId.statusCode()).isEqualTo(404);
        assertThat(notifications.unreadCount(own.id())).isEqualTo(1);
        assertThat(new BrowserlessSession(port).get("/messages").statusCode()).isEqualTo(302);
    }

    private BrowserlessSession signedIn(Account account) throws Exception {
        BrowserlessSession session = new BrowserlessSession(port);
        HttpResponse<String> signIn = session.submit(
                "/login", "/login", Map.of("mobile", account.mobile(), "password", NotificationFixtures.PASSWORD));
        assertThat(signIn.statusCode()).isEqualTo(302);
        return session;
    }
}
