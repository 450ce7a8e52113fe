package org.liangxiang.eligibility;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liangxiang.account.StaffAccounts;
import org.liangxiang.account.StaffRole;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A signed-in staff member of a given role and jurisdiction calling the JSON API (session cookie and CSRF token taken
 * from the workbench), able to send any body type: a CSV or Excel file for imports.
 */
final class StaffSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final String PASSWORD = "a-long-test-password-1";

    private final String base;
    private final HttpClient client;
    private String csrf = "";
    UUID accountId;

    private StaffSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    static StaffSession signIn(int port, StaffAccounts staff, TransactionTemplate tx, StaffRole role, String region)
            throws Exception {
        String username = "e-" + UUID.randomUUID().toString().substring(0, 8);
        StaffSession session = new StaffSession(port);
        session.accountId = tx.execute(s -> staff.create(username, "测试员", PASSWORD, role, region, "system"));
        session.csrf = session.token("/staff/login");
        HttpResponse<String> signIn = session.client.send(
                HttpRequest.newBuilder(URI.create(session.base + "/staff/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(session.csrf) + "&username="
                                + encode(username) + "&password=" + encode(PASSWORD)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (signIn.statusCode() != 302
                || signIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("staff sign-in failed: " + signIn.statusCode());
        }
        org.liangxiang.StaffSignIn.enrolSecondFactor(session.client, session.base);
        session.csrf = session.token("/staff");
        return session;
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", contentType)
                        .header("Accept", "application/json")
                        .header("X-CSRF-TOKEN", csrf)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> postJson(String path, String json) throws Exception {
        return post(path, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    private String token(String page) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(base + page)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(response.body());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on " + page + " (" + response.statusCode() + ")");
        }
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
