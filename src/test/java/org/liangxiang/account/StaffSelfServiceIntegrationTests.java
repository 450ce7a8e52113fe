package org.liangxiang.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.BrowserlessSession;
import org.liangxiang.IntegrationTest;
import org.liangxiang.StaffSignIn;
import org.liangxiang.TestResidentIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A staff member's own security under {@code /staff/me}: changing the password (the current one first, the password
 * rules, the other sessions ended) and replacing the second factor (a current code, then the new secret's first code),
 * each audited; every staff role may, the administrators included.
 */
@IntegrationTest
class StaffSelfServiceIntegrationTests {

    static final String PASSWORD = "a-long-test-password-1";
    static final String NEW_PASSWORD = "another-quite-long-secret-7";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    SecondFactors factors;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    record Member(UUID id, String username, String secret, BrowserlessSession session) {}

    Member member(StaffRole role, String jurisdiction) throws Exception {
        String username = "me-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = tx.execute(s -> staff.create(
                new NewStaffAccount(username, "自助测试", TestResidentIds.random(), PASSWORD, role, jurisdiction), "t"));
        BrowserlessSession session = new BrowserlessSession(port);
        String secret = StaffSignIn.signInEnrolling(session, username, PASSWORD);
        return new Member(id, username, secret, session);
    }

    long audits(UUID account, String type) {
        return jdbc.sql("SELECT count(*) FROM audit_record WHERE type = ? AND object_id = ?")
                .params(type, account.toString())
                .query(Long.class)
                .single();
    }

    @Test
    void aPasswordChangeNeedsTheCurrentPasswordFollowsTheRulesAndEndsTheOtherSessions() throws Exception {
        Member me = member(StaffRole.TOWNSHIP_CLERK, "411326101");
        BrowserlessSession elsewhere = new BrowserlessSession(port);
        StaffSignIn.signIn(elsewhere, me.username(), PASSWORD, me.secret());
        assertThat(elsewhere.get("/staff").statusCode()).isEqualTo(200);

        HttpResponse<String> wrongCurrent = change(me, "not-my-password-at-all", NEW_PASSWORD, NEW_PASSWORD);
        HttpResponse<String> tooShort = change(me, PASSWORD, "short", "short");
        HttpResponse<String> mismatch = change(me, PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "x");

        assertThat(wrongCurrent.statusCode()).isEqualTo(200);
        assertThat(wrongCurrent.body()).contains("href=\"#currentPassword\"").contains("当前密码不正确");
        assertThat(tooShort.body()).contains("href=\"#newPassword\"").contains("至少需要12位");
        assertThat(mismatch.body()).contains("href=\"#confirmation\"");
        assertThat(audits(me.id(), "STAFF_PASSWORD_CHANGED")).isZero();

        HttpResponse<String> changed = change(me, PASSWORD, NEW_PASSWORD, NEW_PASSWORD);

        assertThat(changed.statusCode()).isEqualTo(302);
        assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/staff/me/password?changed");
        assertThat(me.session().get("/staff/me/password").statusCode()).isEqualTo(200);
        assertThat(elsewhere.get("/staff").statusCode()).isEqualTo(302);
        assertThat(audits(me.id(), "STAFF_PASSWORD_CHANGED")).isEqualTo(1);
        assertThat(StaffSignIn.password(new BrowserlessSession(port), me.username(), PASSWORD)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .contains("error");
        assertThat(StaffSignIn.password(new BrowserlessSession(port), me.username(), NEW_PASSWORD)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/staff/login/code");
    }

    @Test
    void theSecondFactorIsReplacedAfterTheCurrentCodeAndTheNewOnesFirstCode() throws Exception {
        Member me = member(StaffRole.AUDIT_ADMIN, "411326");

        HttpResponse<String> wrong = me.session()
                .submit("/staff/me/second-factor", "/staff/me/second-factor/start", Map.of("currentCode", "12345"));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("href=\"#currentCode\"");

        HttpResponse<String> started = me.session()
                .submit(
                        "/staff/me/second-factor",
                        "/staff/me/second-factor/start",
                        Map.of("currentCode", StaffSignIn.nextCode(me.secret())));
        assertThat(started.statusCode()).isEqualTo(302);
        String page = me.session().get("/staff/me/second-factor").body();
        String newSecret = StaffSignIn.secretOn(page);
        assertThat(newSecret).isNotEqualTo(me.secret());
        assertThat(page).contains("<svg");
        assertThat(factors.activeSecret(me.id())).contains(me.secret());

        HttpResponse<String> wrongNew = me.session()
                .submit(
                        "/staff/me/second-factor",
                        "/staff/me/second-factor/confirm",
                        Map.of("newCode", Totp.codeAt(me.secret(), Instant.now())));
        assertThat(wrongNew.body()).contains("href=\"#newCode\"");

        HttpResponse<String> confirmed = me.session()
                .submit(
                        "/staff/me/second-factor",
                        "/staff/me/second-factor/confirm",
                        Map.of("newCode", Totp.codeAt(newSecret, Instant.now())));

        assertThat(confirmed.headers().firstValue("Location").orElseThrow())
                .endsWith("/staff/me/second-factor?replaced");
        assertThat(factors.activeSecret(me.id())).contains(newSecret);
        assertThat(factors.replacementSecret(me.id())).isEmpty();
        assertThat(audits(me.id(), "SECOND_FACTOR_REPLACED")).isEqualTo(1);
    }

    @Test
    void withoutSigningInTheSelfServicePagesAreClosed() throws Exception {
        HttpResponse<String> anonymous = new BrowserlessSession(port).get("/staff/me/password");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/staff/login");
    }

    private HttpResponse<String> change(Member me, String current, String password, String confirmation)
            throws Exception {
        return me.session()
                .submit(
                        "/staff/me/password",
                        "/staff/me/password",
                        Map.of("currentPassword", current, "newPassword", password, "confirmation", confirmation));
    }
}
