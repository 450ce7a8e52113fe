package org.liangxiang;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ApplicationIntegrationTests {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> response = get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"UP\"");
    }

    @Test
    void homePageSaysWhatTheServiceIsInChinese() throws Exception {
        HttpResponse<String> response = get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("两项补贴全程网办").contains("/login").contains("/staff/login");
    }

    @Test
    void homePageSpeaksEnglishOnRequest() throws Exception {
        assertThat(get("/?lang=en").body()).contains("Disability subsidies online");
    }

    @Test
    void openApiDocumentIsServed() throws Exception {
        assertThat(get("/v3/api-docs").statusCode()).isEqualTo(200);
    }
}
