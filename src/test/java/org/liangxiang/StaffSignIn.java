package org.liangxiang;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liangxiang.account.Totp;

/**
 * Signs a staff member in over HTTP the way a person does: the password on {@code /staff/login}, then either the
 * enrolment of a second factor (the secret read from the page, as a person types it into an app) or a code computed
 * from a known secret. Codes are real TOTP codes; each is accepted once, so a second sign-in of the same account uses
 * the code of the next 30-second step ({@link #nextCode}).
 */
public final class StaffSignIn {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*>([A-Z2-7 ]+)<");

    private StaffSignIn() {}

    /** The code of the next time step: accepted (one step of drift is allowed) and later than any code used so far. */
    public static String nextCode(String secret) {
        return Totp.codeAt(secret, Instant.now().plusSeconds(Totp.PERIOD_SECONDS));
    }

    /** The password step; answers the redirect (to the second step, or back to the sign-in page with an error). */
    public static HttpResponse<String> password(BrowserlessSession session, String username, String password)
            throws Exception {
        return session.submit("/staff/login", "/staff/login", Map.of("username", username, "password", password));
    }

    /**
     * Signs in an account that has no second factor yet: password, enrolment with the secret shown on the page, and the
     * first code. Returns the secret, for later sign-ins with {@link #signIn}.
     */
    public static String signInEnrolling(BrowserlessSession session, String username, String password)
            throws Exception {
        HttpResponse<String> step = password(session, username, password);
        expectRedirect(step, "/staff/login/code");
        String secret = secretOn(session.get("/staff/login/enrol").body());
        HttpResponse<String> done = session.submit(
                "/staff/login/enrol", "/staff/login/enrol", Map.of("code", Totp.codeAt(secret, Instant.now())));
        expectRedirect(done, "/staff");
        return secret;
    }

    /**
     * The enrolment step for a test client with its own {@link HttpClient} (cookies kept by the client), after the
     * password step of an account without a second factor: the secret and CSRF token read from the enrolment page, the
     * first code sent.
     */
    public static void enrolSecondFactor(HttpClient client, String base) throws Exception {
        String page = client.send(
                        HttpRequest.newBuilder(URI.create(base + "/staff/login/enrol"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new AssertionError("no CSRF token on the enrolment page");
        }
        String form = "_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) + "&code="
                + Totp.codeAt(secretOn(page), Instant.now());
        HttpResponse<String> enrolled = client.send(
                HttpRequest.newBuilder(URI.create(base + "/staff/login/enrol"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        expectRedirect(enrolled, "/staff");
    }

    /** Signs in an enrolled account with the next code of its secret. */
    public static HttpResponse<String> signIn(
            BrowserlessSession session, String username, String password, String secret) throws Exception {
        expectRedirect(password(session, username, password), "/staff/login/code");
        return session.submit("/staff/login/code", "/staff/login/code", Map.of("code", nextCode(secret)));
    }

    /** A demo staff account's secret, as the demo profile's page {@code /demo/staff-codes} shows it. */
    public static String demoSecret(BrowserlessSession session, String username) throws Exception {
        Matcher m = Pattern.compile(
                        ">" + Pattern.quote(username)
                                + "</th>.*?<td>.*?</td>.*?<td>.*?</td>\\s*<td><code>([A-Z2-7 ]+)</code>",
                        Pattern.DOTALL)
                .matcher(session.get("/demo/staff-codes").body());
        if (!m.find()) {
            throw new AssertionError("no demo secret for " + username);
        }
        return m.group(1).replace(" ", "");
    }

    /** The Base32 secret on an enrolment page, without the spaces that group it. */
    public static String secretOn(String enrolmentPage) {
        Matcher m = SECRET.matcher(enrolmentPage);
        if (!m.find()) {
            throw new AssertionError("no secret on the enrolment page: "
                    + enrolmentPage.substring(0, Math.min(3000, enrolmentPage.length())));
        }
        return m.group(1).replace(" ", "");
    }

    private static void expectRedirect(HttpResponse<String> response, String path) {
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || !location.endsWith(path)) {
            throw new AssertionError(
                    "expected a redirect to " + path + ", got " + response.statusCode() + " " + location);
        }
    }
}
