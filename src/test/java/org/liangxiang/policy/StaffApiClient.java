package org.liangxiang.policy;

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
import org.liangxiang.StaffSignIn;
import org.liangxiang.TestResidentIds;
import org.liangxiang.account.NewStaffAccount;
import org.liangxiang.account.StaffAccounts;
import org.liangxiang.account.StaffRole;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A JSON API client for integration tests: a new staff account of the given role, signed in on the staff page; the
 * session cookie and the CSRF token (taken from the workbench's sign-out form) go with every request.
 */
public class StaffApiClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final String PASSWORD = "a-long-test-password-1";

    private final String base;
    private final HttpClient client;
    private String csrf = "";

    private StaffApiClient(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A client without a session: what the public sees. */
    public static StaffApiClient anonymous(int port) {
        return new StaffApiClient(port);
    }

    /** A client signed in as a new staff member with the role, whose jurisdiction is Henan. */
    public static StaffApiClient signedIn(int port, StaffAccounts staff, TransactionTemplate tx, StaffRole role)
            throws Exception {
        String username = "t-" + UUID.randomUUID().toString().substring(0, 8);
        tx.executeWithoutResult(s -> staff.create(
                new NewStaffAccount(username, "测试员", TestResidentIds.random(), PASSWORD, role, "410000"), "system"));
        StaffApiClient api = new StaffApiClient(port);
        api.csrf = api.token("/staff/login");
        HttpResponse<String> signIn = api.client.send(
                HttpRequest.newBuilder(URI.create(api.base + "/staff/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(api.csrf) + "&username="
                                + encode(username) + "&password=" + encode(PASSWORD)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (signIn.statusCode() != 302
                || signIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("staff sign-in failed: " + signIn.statusCode());
        }
        StaffSignIn.enrolSecondFactor(api.client, api.base);
        api.csrf = api.token("/staff");
        return api;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String json) throws Exception {
        return send("POST", path, json);
    }

    public HttpResponse<String> put(String path, String json) throws Exception {
        return send("PUT", path, json);
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("X-CSRF-TOKEN", csrf)
                        .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String token(String page) throws Exception {
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(base + page)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(response.body());
        if (!m.find()) {
            throw new AssertionError("no CSRF token on " + page + " (" + response.statusCode() + "): "
                    + response.body().substring(0, Math.min(400, response.body().length())));
        }
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
