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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Staff sign in with a password and a TOTP second factor: enrolment at the first sign-in, a new session id, each code
 * accepted once, lockout after the threshold of failures (passwords or codes), all audited.
 */
@IntegrationTest
class StaffSignInIntegrationTests {

    static final String PASSWORD = "a-long-test-password-1";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    private String newClerk() {
        String username = "s-" + UUID.randomUUID().toString().substring(0, 8);
        tx.executeWithoutResult(
                s -> staff.create(username, "测试员", PASSWORD, StaffRole.TOWNSHIP_CLERK, "410102001", "t"));
        return username;
    }

    private long audits(String type, UUID account) {
        return jdbc.sql("SELECT count(*) FROM audit_record WHERE type = ? AND (actor_id = ? OR object_id = ?)")
                .params(type, account.toString(), account.toString())
                .query(Long.class)
                .single();
    }

    @Test
    void thePasswordAloneOpensNothingButTheSecondStep() throws Exception {
        String username = newClerk();
        BrowserlessSession session = new BrowserlessSession(port);

        HttpResponse<String> step = StaffSignIn.password(session, username, PASSWORD);

        assertThat(step.headers().firstValue("Location").orElseThrow()).endsWith("/staff/login/code");
        assertThat(session.get("/staff/login/code")
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .as("no second factor yet: enrol first")
                .endsWith("/staff/login/enrol");
        assertThat(session.get("/staff").headers().firstValue("Location").orElseThrow())
                .endsWith("/staff/login/code");
        assertThat(session.get("/api/policy/versions").statusCode()).isEqualTo(403);
        UUID id = staff.findByUsername(username).orElseThrow();
        assertThat(audits("SIGN_IN_PASSWORD_ACCEPTED", id)).isEqualTo(1);
        assertThat(audits("SIGN_IN", id)).isZero();
    }

    @Test
    void theFirstSignInEnrolsTheSecondFactorAndTheNextUsesIt() throws Exception {
        String username = newClerk();
        UUID id = staff.findByUsername(username).orElseThrow();
        BrowserlessSession first = new BrowserlessSession(port);

        String secret = StaffSignIn.signInEnrolling(first, username, PASSWORD);

        HttpResponse<String> workbench = first.get("/staff");
        assertThat(workbench.statusCode()).isEqualTo(200);
        assertThat(workbench.body()).contains("乡镇（街道）经办人").contains("session-warning");
        assertThat(audits("SECOND_FACTOR_ENROLLED", id)).isEqualTo(1);
        assertThat(audits("SIGN_IN", id)).isEqualTo(1);

        BrowserlessSession second = new BrowserlessSession(port);
        HttpResponse<String> signedIn = StaffSignIn.signIn(second, username, PASSWORD, secret);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/staff");
        assertThat(second.get("/staff").statusCode()).isEqualTo(200);
        assertThat(audits("SIGN_IN", id)).isEqualTo(2);
    }

    @Test
    void aCodeIsAcceptedOnlyOnce() throws Exception {
        String username = newClerk();
        String secret = StaffSignIn.signInEnrolling(new BrowserlessSession(port), username, PASSWORD);
        String code = StaffSignIn.nextCode(secret);
        BrowserlessSession first = new BrowserlessSession(port);
        StaffSignIn.password(first, username, PASSWORD);
        assertThat(first.submit("/staff/login/code", "/staff/login/code", Map.of("code", code))
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/staff");

        BrowserlessSession replay = new BrowserlessSession(port);
        StaffSignIn.password(replay, username, PASSWORD);
        HttpResponse<String> refused = replay.submit("/staff/login/code", "/staff/login/code", Map.of("code", code));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("验证码不正确或已经用过").contains("aria-invalid=\"true\"");
        assertThat(replay.get("/staff").statusCode()).isEqualTo(302);
        UUID id = staff.findByUsername(username).orElseThrow();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_record WHERE type = 'SIGN_IN_FAILED' AND actor_id = ?"
                                + " AND reason = 'SECOND_FACTOR'")
                        .param(id.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theSessionIdChangesAtEachStepOfTheSignIn() throws Exception {
        String username = newClerk();
        BrowserlessSession session = new BrowserlessSession(port);
        String before = sessionCookie(session.get("/staff/login"));
        HttpResponse<String> step = StaffSignIn.password(session, username, PASSWORD);
        String afterPassword = sessionCookie(step);
        String secret = StaffSignIn.secretOn(session.get("/staff/login/enrol").body());
        HttpResponse<String> done = session.submit(
                "/staff/login/enrol", "/staff/login/enrol", Map.of("code", Totp.codeAt(secret, Instant.now())));
        String afterCode = sessionCookie(done);

        assertThat(afterPassword).isNotNull().isNotEqualTo(before);
        assertThat(afterCode).isNotNull().isNotEqualTo(afterPassword);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        String username = newClerk();
        UUID id = staff.findByUsername(username).orElseThrow();
        BrowserlessSession session = new BrowserlessSession(port);
        for (int i = 0; i < 4; i++) {
            StaffSignIn.password(session, username, "wrong-password-" + i);
        }
        assertThat(audits("STAFF_ACCOUNT_LOCKED", id)).isZero();
        StaffSignIn.password(session, username, "wrong-password-4");

        assertThat(audits("STAFF_ACCOUNT_LOCKED", id)).isEqualTo(1);
        HttpResponse<String> right = StaffSignIn.password(session, username, PASSWORD);
        assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/staff/login?error");
        assertThat(jdbc.sql(
                                "SELECT locked_until BETWEEN now() + interval '14 minutes' AND now() + interval '15 minutes'"
                                        + " FROM staff_account WHERE id = ?")
                        .param(id)
                        .query(Boolean.class)
                        .single())
                .isTrue();
        assertThat(jdbc.sql("SELECT reason FROM audit_record WHERE type = 'SIGN_IN_FAILED'"
                                + " AND actor_id = ? ORDER BY seq DESC LIMIT 1")
                        .param("unauthenticated:" + username)
                        .query(String.class)
                        .single())
                .isEqualTo("LockedException");
    }

    @Test
    void theLockEndsByItselfAfterTheDuration() throws Exception {
        String username = newClerk();
        UUID id = staff.findByUsername(username).orElseThrow();
        BrowserlessSession session = new BrowserlessSession(port);
        for (int i = 0; i < 5; i++) {
            StaffSignIn.password(session, username, "wrong-password-" + i);
        }
        jdbc.sql("UPDATE staff_account SET locked_until = now() - interval '1 second' WHERE id = ?")
                .param(id)
                .update();

        HttpResponse<String> right = StaffSignIn.password(session, username, PASSWORD);

        assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/staff/login/code");
    }

    @Test
    void fiveWrongCodesLockTheAccountAndEndTheHalfDoneSignIn() throws Exception {
        String username = newClerk();
        UUID id = staff.findByUsername(username).orElseThrow();
        String secret = StaffSignIn.signInEnrolling(new BrowserlessSession(port), username, PASSWORD);
        String wrong = Totp.codeAt(secret, Instant.now()).equals("000000") ? "111111" : "000000";
        BrowserlessSession session = new BrowserlessSession(port);
        StaffSignIn.password(session, username, PASSWORD);
        HttpResponse<String> last = null;
        for (int i = 0; i < 5; i++) {
            last = session.submit("/staff/login/code", "/staff/login/code", Map.of("code", wrong));
        }

        assertThat(last.headers().firstValue("Location").orElseThrow()).endsWith("/staff/login?error");
        assertThat(audits("STAFF_ACCOUNT_LOCKED", id)).isEqualTo(1);
        assertThat(session.get("/staff/login/code").statusCode()).isEqualTo(302);
    }

    @Test
    void theSignInPageTellsTheLockoutRuleInForce() throws Exception {
        String page = new BrowserlessSession(port).get("/staff/login").body();
        assertThat(page).contains("连续5次输错密码或验证码，账户将锁定15分钟");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring(0, c.indexOf(';')))
                .findFirst()
                .orElse(null);
    }
}
