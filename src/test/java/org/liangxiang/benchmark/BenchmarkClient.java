package org.liangxiang.benchmark;

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

/** An applicant signed in on the portal over HTTP, with the session cookie and the CSRF token, as a browser has them. */
final class BenchmarkClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String base;
    private final HttpClient http;
    private String csrf;

    BenchmarkClient(int port, String mobile, String password) throws Exception {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        csrf = token("/login");
        HttpResponse<String> signIn = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "_csrf=" + encode(csrf) + "&mobile=" + mobile + "&password=" + encode(password)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (signIn.statusCode() != 302
                || signIn.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in failed: " + signIn.statusCode());
        }
        csrf = token("/me");
    }

    /** POSTs an empty JSON body, with an Idempotency-Key; answers the status (a refusal's answer is printed). */
    int post(String path) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("X-CSRF-TOKEN", csrf)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            String body = response.body();
            System.out.printf(
                    "[benchmark] POST %s answered %d: %s%n",
                    path, response.statusCode(), body.substring(0, Math.min(body.length(), 400)));
        }
        return response.statusCode();
    }

    private String token(String page) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + page)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(response.body());
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on " + page + " (" + response.statusCode() + ")");
        }
        return m.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
