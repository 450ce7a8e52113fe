package org.liangxiang.intake;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.account.StaffAccounts;
import org.liangxiang.account.StaffRole;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A JSON client for intake's API in integration tests: a new applicant signed in on the portal, or a new staff member of
 * a role and jurisdiction signed in on the workbench; cookies and the CSRF token go with every request.
 */
final class IntakeApiClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final String PASSWORD = "a-long-test-password-1";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String base;
    private final HttpClient client;
    private String csrf = "";
    UUID accountId;

    private IntakeApiClient(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    static IntakeApiClient anonymous(int port) {
        return new IntakeApiClient(port);
    }

    static IntakeApiClient applicant(int port, ApplicantAccounts accounts) throws Exception {
        String mobile = "139" + String.format("%08d", RANDOM.nextInt(100_000_000));
        IntakeApiClient api = new IntakeApiClient(port);
        api.accountId = accounts.register(mobile, PASSWORD);
        api.signIn("/login", "/login", "mobile=" + mobile, "/me");
        return api;
    }

    static IntakeApiClient staff(
            int port, StaffAccounts staff, TransactionTemplate tx, StaffRole role, String jurisdiction)
            throws Exception {
        String username = "i-" + UUID.randomUUID().toString().substring(0, 8);
        IntakeApiClient api = new IntakeApiClient(port);
        api.accountId = tx.execute(s -> staff.create(username, "测试员", PASSWORD, role, jurisdiction, "system"));
        api.signIn("/staff/login", "/staff/login", "username=" + encode(username), "/staff");
        return api;
    }

    private void signIn(String page, String action, String user, String after) throws Exception {
        csrf = token(page);
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(URI.create(base + action))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "_csrf=" + encode(csrf) + "&" + user + "&password=" + encode(PASSWORD)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 302
                || response.headers().firstValue("Location").orElse("").contains("error")) {
            throw new AssertionError("sign-in failed: " + response.statusCode());
        }
        if (action.equals("/staff/login")) {
            org.liangxiang.StaffSignIn.enrolSecondFactor(client, base);
        }
        csrf = token(after);
    }

    HttpResponse<String> get(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", "application/json")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, String json, String... headers) throws Exception {
        return send("POST", path, json, headers);
    }

    HttpResponse<String> put(String path, String json) throws Exception {
        return send("PUT", path, json);
    }

    /** A multipart upload of one part named {@code file}. */
    HttpResponse<String> upload(String path, String fileName, String declaredType, byte[] content) throws Exception {
        String boundary = "----intake" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + declaredType + "\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "application/json")
                        .header("X-CSRF-TOKEN", csrf)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String json, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-CSRF-TOKEN", csrf)
                .method(method, HttpRequest.BodyPublishers.ofString(json == null ? "" : json, StandardCharsets.UTF_8));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /** An HTML page, as a browser asks for it. */
    HttpResponse<String> page(String path) throws Exception {
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", "text/html")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A form post (name, value, name, value ...), as a browser sends it, with the session's CSRF token. */
    HttpResponse<String> form(String path, String... fields) throws Exception {
        StringBuilder body = new StringBuilder("_csrf=").append(encode(csrf));
        for (int i = 0; i + 1 < fields.length; i += 2) {
            body.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
        }
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The materials page's upload form: the material type and one file, as a browser posts it. */
    HttpResponse<String> formUpload(String path, String materialType, String fileName, byte[] content)
            throws Exception {
        String boundary = "----form" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (String[] field : new String[][] {{"_csrf", csrf}, {"materialType", materialType}}) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n"
                            + field[1] + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return client.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .header("Accept", "text/html")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
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
