package org.liangxiang.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.shared.crypto.Masking;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Sign-in hardening on the portal: password sign-in has a rate limit like the code flow (failed tries per number and
 * per network address over a window; the page says when to try again; audited), and the CSRF token changes at sign-in
 * with a code as it does with a password, so a token seen before signing in no longer works.
 */
@IntegrationTest
@AutoConfigureMockMvc
class SignInHardeningIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final String PASSWORD = "a-long-test-password-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    PasswordSignInProperties settings;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    /** One browser's session: Spring Session keeps it in the database behind the SESSION cookie, so carry that. */
    private final class Session {

        private Cookie cookie;

        MvcResult perform(MockHttpServletRequestBuilder request, String address) throws Exception {
            if (cookie != null) {
                request.cookie(cookie);
            }
            MvcResult result = mvc.perform(request.with(r -> {
                        r.setRemoteAddr(address);
                        return r;
                    }))
                    .andReturn();
            Cookie next = result.getResponse().getCookie("SESSION");
            if (next != null) {
                cookie = next;
            }
            return result;
        }

        MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
            return perform(request, "127.0.0.1");
        }
    }

    /** A network address no other test uses. */
    private static String newAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + (1 + r.nextInt(254));
    }

    private static String token(MvcResult page) throws Exception {
        Matcher m = CSRF.matcher(page.getResponse().getContentAsString());
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    /** Posts the password form from the address in a fresh session; answers where it led. */
    private MvcResult signIn(String mobile, String password, String address) throws Exception {
        return signIn(new Session(), mobile, password, address);
    }

    private MvcResult signIn(Session session, String mobile, String password, String address) throws Exception {
        String csrf = token(session.perform(get("/login"), address));
        return session.perform(
                post("/login")
                        .param("mobile", mobile)
                        .param("password", password)
                        .param("_csrf", csrf),
                address);
    }

    private long audited(String type, String actor, String reason) {
        return jdbc.sql("SELECT count(*) FROM audit_record WHERE type = ? AND actor_id = ? AND reason = ?")
                .params(type, actor, reason)
                .query(Long.class)
                .single();
    }

    @Test
    void aNumberWithTooManyFailedTriesMustWaitEvenWithTheRightPasswordAndIsToldUntilWhen() throws Exception {
        String mobile = PortalTestData.newMobile();
        applicants.register(mobile, PASSWORD);
        String address = newAddress();
        for (int i = 0; i < settings.maxFailuresPerNumber(); i++) {
            assertThat(signIn(mobile, "wrong-password-" + i, address)
                            .getResponse()
                            .getRedirectedUrl())
                    .isEqualTo("/login?error");
        }

        Session browser = new Session();
        MvcResult refused = signIn(browser, mobile, PASSWORD, newAddress());

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        String page =
                browser.perform(get("/login").param("error", "")).getResponse().getContentAsString();
        assertThat(page).contains("登录失败的次数太多了").containsPattern("请在\\d{2}:\\d{2}以后再试");
        assertThat(audited(
                        "SIGN_IN_REFUSED",
                        "unauthenticated:" + Masking.phone(mobile),
                        PasswordSignInLimits.NUMBER_LIMIT))
                .isEqualTo(1);
    }

    @Test
    void aSuccessfulSignInClearsTheNumbersFailures() throws Exception {
        String mobile = PortalTestData.newMobile();
        applicants.register(mobile, PASSWORD);
        String address = newAddress();
        for (int round = 0; round < 2; round++) {
            for (int i = 1; i < settings.maxFailuresPerNumber(); i++) {
                signIn(mobile, "wrong-password", address);
            }
            assertThat(signIn(mobile, PASSWORD, address).getResponse().getRedirectedUrl())
                    .isEqualTo("/me");
        }
    }

    @Test
    void oneAddressWithTooManyFailedTriesForAnyNumbersMustWait() throws Exception {
        String address = newAddress();
        for (int i = 0; i < settings.maxFailuresPerAddress(); i++) {
            signIn(PortalTestData.newMobile(), "wrong-password", address);
        }
        String mobile = PortalTestData.newMobile();
        UUID account = applicants.register(mobile, PASSWORD);

        assertThat(signIn(mobile, PASSWORD, address).getResponse().getRedirectedUrl())
                .isEqualTo("/login?error");
        assertThat(audited(
                        "SIGN_IN_REFUSED",
                        "unauthenticated:" + Masking.phone(mobile),
                        PasswordSignInLimits.ADDRESS_LIMIT))
                .isEqualTo(1);
        assertThat(signIn(mobile, PASSWORD, newAddress()).getResponse().getRedirectedUrl())
                .as("another address is not held up")
                .isEqualTo("/me");
        assertThat(account).isNotNull();
    }

    @Test
    void theCsrfTokenChangesAtCodeSignIn() throws Exception {
        String mobile = PortalTestData.newMobile();
        Session session = new Session();
        String before = token(session.perform(get("/login/code")));
        session.perform(post("/login/code").param("mobile", mobile).param("_csrf", before));
        MvcResult signedIn = session.perform(post("/login/code/verify")
                .param("mobile", mobile)
                .param("code", PortalTestData.latestCode(port, mobile))
                .param("_csrf", before));
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/me");

        assertThat(session.perform(post("/logout").param("_csrf", before))
                        .getResponse()
                        .getStatus())
                .as("the token from before sign-in")
                .isEqualTo(403);
        String after = token(session.perform(get("/me")));
        assertThat(session.perform(post("/logout").param("_csrf", after))
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login?signedOut");
    }

    @Test
    void theCsrfTokenChangesAtPasswordSignInToo() throws Exception {
        String mobile = PortalTestData.newMobile();
        applicants.register(mobile, PASSWORD);
        Session session = new Session();
        String before = token(session.perform(get("/login")));
        MvcResult signedIn = session.perform(post("/login")
                .param("mobile", mobile)
                .param("password", PASSWORD)
                .param("_csrf", before));
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/me");

        assertThat(session.perform(post("/logout").param("_csrf", before))
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }
}
