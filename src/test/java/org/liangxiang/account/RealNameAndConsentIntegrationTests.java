package org.liangxiang.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.BrowserlessSession;
import org.liangxiang.IntegrationTest;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Real-name binding through the verification port (the demo adapter answers from the synthetic population) and the
 * sensitive-data consent: given and withdrawn with time and text version, never rewritten, asked by other modules.
 */
@IntegrationTest
class RealNameAndConsentIntegrationTests {

    static final String PASSWORD = "a-long-test-password-1";

    @LocalServerPort
    int port;

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    RealNameBinding realNames;

    @Autowired
    ApplicantConsents consents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalData personalData;

    private BrowserlessSession signedIn(String mobile) throws Exception {
        BrowserlessSession session = new BrowserlessSession(port);
        session.submit("/login", "/login", Map.of("mobile", mobile, "password", PASSWORD));
        return session;
    }

    private long audited(String type, UUID account) {
        return jdbc.sql("SELECT count(*) FROM audit_record WHERE type = ? AND actor_id = ?")
                .params(type, account.toString())
                .query(Long.class)
                .single();
    }

    @Test
    void aPersonOfThePopulationBindsTheirRealNameOnThePage() throws Exception {
        String mobile = PortalTestData.newMobile();
        UUID account = applicants.register(mobile, PASSWORD);
        PortalTestData.Person person = PortalTestData.unboundPerson(jdbc, personalData);
        BrowserlessSession session = signedIn(mobile);

        HttpResponse<String> bound = session.submit(
                "/me/real-name",
                "/me/real-name",
                Map.of(
                        "fullName", person.fullName(),
                        "residentId", person.residentId(),
                        "certificateNumber", person.certificateNumber()));

        assertThat(bound.statusCode()).isEqualTo(302);
        assertThat(bound.headers().firstValue("Location").orElseThrow()).endsWith("/me?bound");
        assertThat(session.get("/me?bound").body()).contains("您的账户已完成实名认证");
        assertThat(applicants.findByResidentId(org.liangxiang.shared.ResidentId.of(person.residentId())))
                .contains(account);
        assertThat(audited("REAL_NAME_CHECK_PASSED", account)).isEqualTo(1);
        assertThat(audited("APPLICANT_REAL_NAME_BOUND", account)).isEqualTo(1);
    }

    @Test
    void aNameThatDoesNotBelongToTheIdIsNotBound() {
        UUID account = applicants.register(PortalTestData.newMobile(), PASSWORD);
        PortalTestData.Person person = PortalTestData.unboundPerson(jdbc, personalData);

        RealNameBinding.Outcome outcome =
                realNames.bind(account, RealNameBinding.Claim.of("王不对", person.residentId(), null), "127.0.0.1");

        assertThat(outcome).isEqualTo(RealNameBinding.Outcome.NOT_MATCHED);
        assertThat(applicants.signInDetails(account).orElseThrow().realNameVerified())
                .isFalse();
        assertThat(audited("REAL_NAME_CHECK_FAILED", account)).isEqualTo(1);
    }

    @Test
    void afterFiveFailuresADayTheCheckIsNotEvenAsked() {
        UUID account = applicants.register(PortalTestData.newMobile(), PASSWORD);
        PortalTestData.Person person = PortalTestData.unboundPerson(jdbc, personalData);
        for (int i = 0; i < RealNameBinding.DAILY_FAILURES; i++) {
            realNames.bind(account, RealNameBinding.Claim.of("王不对", person.residentId(), null), null);
        }

        RealNameBinding.Outcome outcome =
                realNames.bind(account, RealNameBinding.Claim.of(person.fullName(), person.residentId(), null), null);

        assertThat(outcome).isEqualTo(RealNameBinding.Outcome.TOO_MANY_FAILURES);
        assertThat(applicants.signInDetails(account).orElseThrow().realNameVerified())
                .isFalse();
    }

    @Test
    void anIdBoundToAnotherAccountIsNotBoundAgain() {
        PortalTestData.Person person = PortalTestData.unboundPerson(jdbc, personalData);
        UUID first = applicants.register(PortalTestData.newMobile(), PASSWORD);
        UUID second = applicants.register(PortalTestData.newMobile(), PASSWORD);
        RealNameBinding.Claim claim = RealNameBinding.Claim.of(person.fullName(), person.residentId(), null);
        assertThat(realNames.bind(first, claim, null)).isEqualTo(RealNameBinding.Outcome.BOUND);

        assertThat(realNames.bind(second, claim, null)).isEqualTo(RealNameBinding.Outcome.ALREADY_BOUND);
    }

    @Test
    void everyBadFieldIsRefusedAtOnceByFormat() {
        assertThatThrownBy(() -> RealNameBinding.Claim.of("", "41010219900101123", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(InvalidValueException::field)
                                .containsExactly("fullName", "residentId"));
    }

    @Test
    void aCertificateOfSomeoneElseIsRefused() {
        PortalTestData.Person one = PortalTestData.unboundPerson(jdbc, personalData);
        PortalTestData.Person other = PortalTestData.unboundPerson(jdbc, personalData);
        org.junit.jupiter.api.Assumptions.assumeFalse(one.residentId().equals(other.residentId()));

        assertThatThrownBy(() -> RealNameBinding.Claim.of(one.fullName(), one.residentId(), other.certificateNumber()))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("certificateNumber"));
    }

    @Test
    void theRealNamePageShowsEachFieldsMessage() throws Exception {
        String mobile = PortalTestData.newMobile();
        applicants.register(mobile, PASSWORD);

        HttpResponse<String> page = signedIn(mobile)
                .submit("/me/real-name", "/me/real-name", Map.of("fullName", "", "residentId", "41010219900101"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("href=\"#fullName\"")
                .contains("href=\"#residentId\"")
                .contains("id=\"residentId-error\"");
    }

    @Test
    void consentIsGivenAndWithdrawnWithTimeAndTextVersion() throws Exception {
        String mobile = PortalTestData.newMobile();
        UUID account = applicants.register(mobile, PASSWORD);
        BrowserlessSession session = signedIn(mobile);
        assertThat(consents.hasConsented(account)).isFalse();

        HttpResponse<String> notTicked = session.submit("/me/consent", "/me/consent", Map.of());
        assertThat(notTicked.body()).contains("href=\"#agree\"");
        assertThat(consents.hasConsented(account)).isFalse();

        session.submit("/me/consent", "/me/consent", Map.of("agree", "yes"));
        assertThat(consents.hasConsented(account)).isTrue();
        assertThat(consents.latest(account).orElseThrow().textVersion()).isEqualTo(ApplicantConsents.TEXT_VERSION);

        HttpResponse<String> withdrawn = session.submit("/me/consent/withdraw", "/me/consent/withdraw", Map.of());
        assertThat(withdrawn.headers().firstValue("Location").orElseThrow()).endsWith("/me/consent?withdrawn");
        assertThat(consents.hasConsented(account)).isFalse();
        assertThat(jdbc.sql("SELECT action FROM account_sensitive_data_consent WHERE account_id = ? ORDER BY seq")
                        .param(account)
                        .query(String.class)
                        .list())
                .containsExactly("GIVEN", "WITHDRAWN");
        assertThat(audited("SENSITIVE_DATA_CONSENT_GIVEN", account)).isEqualTo(1);
        assertThat(audited("SENSITIVE_DATA_CONSENT_WITHDRAWN", account)).isEqualTo(1);
    }

    @Test
    void consentRecordsCannotBeRewrittenByTheApplication() {
        UUID account = applicants.register(PortalTestData.newMobile(), PASSWORD);
        consents.give(account, PortalChannels.ONLINE_WEB, null);

        assertThatThrownBy(() -> jdbc.sql("UPDATE account_sensitive_data_consent SET action = 'WITHDRAWN'"
                                + " WHERE account_id = ?")
                        .param(account)
                        .update())
                .hasStackTraceContaining("permission denied");
    }

    @Test
    void anOptionalPasswordCanBeSetAndThenUsed() throws Exception {
        String mobile = PortalTestData.newMobile();
        UUID account = applicants.register(mobile, null);
        BrowserlessSession session = new BrowserlessSession(port);
        session.submit("/login/code", "/login/code", Map.of("mobile", mobile));
        session.submit(
                "/login/code",
                "/login/code/verify",
                Map.of("mobile", mobile, "code", PortalTestData.latestCode(port, mobile)));

        HttpResponse<String> mismatch = session.submit(
                "/me/password", "/me/password", Map.of("password", "new-password-1", "confirmation", "other"));
        assertThat(mismatch.body()).contains("href=\"#confirmation\"");
        session.submit(
                "/me/password", "/me/password", Map.of("password", "new-password-1", "confirmation", "new-password-1"));

        assertThat(applicants.hasPassword(account)).isTrue();
        HttpResponse<String> withPassword = new BrowserlessSession(port)
                .submit("/login", "/login", Map.of("mobile", mobile, "password", "new-password-1"));
        assertThat(withPassword.headers().firstValue("Location").orElseThrow()).endsWith("/me");
        assertThat(audited("APPLICANT_PASSWORD_SET", account)).isEqualTo(1);
    }

    @Test
    void theMobileEntryMarksTheSessionAndTheSessionCanBeExtended() throws Exception {
        String mobile = PortalTestData.newMobile();
        UUID account = applicants.register(mobile, PASSWORD);
        BrowserlessSession session = new BrowserlessSession(port);
        HttpResponse<String> entry = session.get("/m");
        assertThat(entry.statusCode()).isEqualTo(302);
        session.submit("/login", "/login", Map.of("mobile", mobile, "password", PASSWORD));

        HttpResponse<String> me = session.get("/me");
        assertThat(me.body()).contains("id=\"session-warning\"").contains("data-session-seconds=\"1800\"");
        session.submit("/me/consent", "/me/consent", Map.of("agree", "yes"));
        assertThat(jdbc.sql("SELECT reason FROM audit_record WHERE type = 'SENSITIVE_DATA_CONSENT_GIVEN'"
                                + " AND actor_id = ?")
                        .param(account.toString())
                        .query(String.class)
                        .single())
                .isEqualTo(PortalChannels.ONLINE_MOBILE);
        HttpResponse<String> extended = session.submit("/me", "/session/extend", Map.of("returnTo", "/me/consent"));
        assertThat(extended.statusCode()).isEqualTo(303);
        assertThat(extended.headers().firstValue("Location").orElseThrow()).isEqualTo("/me/consent");
        assertThat(audited("SESSION_EXTENDED", account)).isEqualTo(1);
    }
}
