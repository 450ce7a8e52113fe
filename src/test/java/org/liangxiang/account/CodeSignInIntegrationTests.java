package org.liangxiang.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.BrowserlessSession;
import org.liangxiang.IntegrationTest;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.crypto.Masking;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Registering and signing in with a one-time code by text message: a code works once, for 5 minutes, and not after 5
 * wrong tries; one code a minute per number and a daily cap; codes stored only as keyed hashes; every step audited.
 */
@IntegrationTest
class CodeSignInIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalData personalData;

    private HttpResponse<String> requestCode(BrowserlessSession session, String mobile) throws Exception {
        return session.submit("/login/code", "/login/code", Map.of("mobile", mobile));
    }

    private HttpResponse<String> verify(BrowserlessSession session, String mobile, String code) throws Exception {
        return session.submit("/login/code", "/login/code/verify", Map.of("mobile", mobile, "code", code));
    }

    private long audited(String type, String actor) {
        return jdbc.sql("SELECT count(*) FROM audit_record WHERE type = ? AND actor_id = ?")
                .params(type, actor)
                .query(Long.class)
                .single();
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    @Test
    void aNewNumberRegistersWithItsCodeAndIsSignedIn() throws Exception {
        String mobile = PortalTestData.newMobile();
        BrowserlessSession session = new BrowserlessSession(port);

        HttpResponse<String> sent = requestCode(session, mobile);
        assertThat(sent.statusCode()).isEqualTo(200);
        assertThat(sent.body()).contains("autocomplete=\"one-time-code\"").contains(Masking.phone(mobile));
        HttpResponse<String> signedIn = verify(session, mobile, PortalTestData.latestCode(port, mobile));

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/me");
        assertThat(session.get("/me").statusCode()).isEqualTo(200);
        UUID account = applicants.findByMobile(mobile).orElseThrow();
        assertThat(applicants.hasPassword(account)).isFalse();
        String masked = "unauthenticated:" + Masking.phone(mobile);
        assertThat(audited("SIGN_IN_CODE_SENT", masked)).isEqualTo(1);
        assertThat(audited("SIGN_IN_CODE_USED", masked)).isEqualTo(1);
        assertThat(audited("APPLICANT_REGISTERED", account.toString())).isEqualTo(1);
        assertThat(audited("SIGN_IN", account.toString())).isEqualTo(1);
    }

    @Test
    void aRegisteredNumberSignsInWithACodeWithoutASecondAccount() throws Exception {
        String mobile = PortalTestData.newMobile();
        UUID account = applicants.register(mobile, "a-long-test-password-1");
        BrowserlessSession session = new BrowserlessSession(port);

        requestCode(session, mobile);
        HttpResponse<String> signedIn = verify(session, mobile, PortalTestData.latestCode(port, mobile));

        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/me");
        assertThat(audited("SIGN_IN", account.toString())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM applicant_account WHERE phone_index = ?")
                        .param(personalData.index(PersonalData.PHONE, mobile))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aCodeWorksOnlyOnce() throws Exception {
        String mobile = PortalTestData.newMobile();
        requestCode(new BrowserlessSession(port), mobile);
        String code = PortalTestData.latestCode(port, mobile);
        verify(new BrowserlessSession(port), mobile, code);

        HttpResponse<String> again = verify(new BrowserlessSession(port), mobile, code);

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("这个验证码已失效").contains("href=\"#code\"");
    }

    @Test
    void theSixthTryFailsEvenWithTheRightCode() throws Exception {
        String mobile = PortalTestData.newMobile();
        BrowserlessSession session = new BrowserlessSession(port);
        requestCode(session, mobile);
        String code = PortalTestData.latestCode(port, mobile);

        for (int i = 1; i <= 4; i++) {
            assertThat(verify(session, mobile, wrong(code)).body()).contains("验证码不正确");
        }
        assertThat(verify(session, mobile, wrong(code)).body()).contains("已经作废");
        HttpResponse<String> sixth = verify(session, mobile, code);

        assertThat(sixth.statusCode()).isEqualTo(200);
        assertThat(sixth.body()).contains("这个验证码已失效");
        assertThat(applicants.findByMobile(mobile)).isEmpty();
        assertThat(audited("SIGN_IN_CODE_FAILED", "unauthenticated:" + Masking.phone(mobile)))
                .isEqualTo(6);
    }

    @Test
    void anExpiredCodeIsRefused() throws Exception {
        String mobile = PortalTestData.newMobile();
        BrowserlessSession session = new BrowserlessSession(port);
        requestCode(session, mobile);
        String code = PortalTestData.latestCode(port, mobile);
        jdbc.sql("""
                UPDATE account_sign_in_code SET sent_at = now() - interval '6 minutes',
                       expires_at = now() - interval '1 minute' WHERE phone_index = ?""").param(personalData.index(PersonalData.PHONE, mobile)).update();

        HttpResponse<String> late = verify(session, mobile, code);

        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(late.body()).contains("验证码已过期");
        assertThat(applicants.findByMobile(mobile)).isEmpty();
    }

    @Test
    void aSecondCodeWithinAMinuteIsRefusedAndTheFirstStillWorks() throws Exception {
        String mobile = PortalTestData.newMobile();
        BrowserlessSession session = new BrowserlessSession(port);
        requestCode(session, mobile);
        String first = PortalTestData.latestCode(port, mobile);

        HttpResponse<String> again =
                session.submit("/login/code", "/login/code", Map.of("mobile", mobile, "resend", "true"));

        assertThat(again.body()).contains("验证码每60秒只能发送一次").contains("href=\"#resend\"");
        assertThat(audited("SIGN_IN_CODE_REFUSED", "unauthenticated:" + Masking.phone(mobile)))
                .isEqualTo(1);
        assertThat(verify(session, mobile, first).statusCode()).isEqualTo(302);
    }

    @Test
    void aNumberGetsAtMostTheDailyNumberOfCodes() throws Exception {
        awayFromChinaMidnight();
        String mobile = PortalTestData.newMobile();
        byte[] phone = personalData.index(PersonalData.PHONE, mobile);
        for (int i = 0; i < 10; i++) {
            jdbc.sql("""
                    INSERT INTO account_sign_in_code (id, phone_index, code_hash, sent_at, expires_at, status)
                    VALUES (?, ?, ?, now() - interval '2 minutes', now() + interval '3 minutes', 'REPLACED')""").params(UUID.randomUUID(), phone, new byte[32]).update();
        }

        HttpResponse<String> refused = requestCode(new BrowserlessSession(port), mobile);

        assertThat(refused.body()).contains("今天收到的验证码已达上限").contains("href=\"#mobile\"");
    }

    /**
     * Codes sent two minutes ago count towards today's limit only if today (China time) began before them: in the first
     * minutes after midnight the test waits until it has.
     */
    private static void awayFromChinaMidnight() throws InterruptedException {
        Instant now = Instant.now();
        Instant dayStart = now.atZone(ChinaTime.ZONE)
                .toLocalDate()
                .atStartOfDay(ChinaTime.ZONE)
                .toInstant();
        Duration sinceMidnight = Duration.between(dayStart, now);
        if (sinceMidnight.compareTo(Duration.ofMinutes(3)) < 0) {
            Thread.sleep(Duration.ofMinutes(3).minus(sinceMidnight).toMillis());
        }
    }

    @Test
    void theCodeIsStoredOnlyAsAKeyedHash() throws Exception {
        String mobile = PortalTestData.newMobile();
        requestCode(new BrowserlessSession(port), mobile);
        String code = PortalTestData.latestCode(port, mobile);

        byte[] stored = jdbc.sql("SELECT code_hash FROM account_sign_in_code WHERE phone_index = ?")
                .param(personalData.index(PersonalData.PHONE, mobile))
                .query(byte[].class)
                .single();

        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(code);
        assertThat(stored).hasSize(32);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_record WHERE position(? in coalesce(reason, '')"
                                + " || coalesce(after_state, '') || coalesce(object_id, '')) > 0 AND actor_id = ?")
                        .params(code, "unauthenticated:" + Masking.phone(mobile))
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aBadNumberIsNamedInTheErrorSummary() throws Exception {
        HttpResponse<String> refused = requestCode(new BrowserlessSession(port), "12345");

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("error-summary")
                .contains("href=\"#mobile\"")
                .contains("手机号应为11位数字")
                .contains("aria-invalid=\"true\"");
    }
}
