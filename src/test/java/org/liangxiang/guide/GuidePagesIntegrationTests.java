package org.liangxiang.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.liangxiang.BrowserlessSession;
import org.liangxiang.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The guide pages: region picker without script, the guide from policy and guide content, and its PDF. */
@IntegrationTest
class GuidePagesIntegrationTests {

    @LocalServerPort
    int port;

    private HttpResponse<String> get(String path) throws Exception {
        return new BrowserlessSession(port).get(path);
    }

    @Test
    void thePickerStartsAtTheHomeProvinceAndGoesDownOneLevelAtATime() throws Exception {
        HttpResponse<String> province = get("/guide");
        assertThat(province.statusCode()).isEqualTo(200);
        assertThat(province.body()).contains("河南省").contains("value=\"410100\"").contains("郑州市");

        HttpResponse<String> county = get("/guide?region=410102");
        assertThat(county.body())
                .contains("value=\"410102001\"")
                .contains("href=\"/guide/410102/LIVING\"")
                .contains("href=\"/guide/410102/CARE\"");
    }

    @Test
    void aTypedNamePathLeadsToTheTownship() throws Exception {
        String path = URLEncoder.encode("河南省 郑州市 中原区 林山寨街道", StandardCharsets.UTF_8);
        HttpResponse<String> found = get("/guide?path=" + path);
        assertThat(found.statusCode()).isEqualTo(302);
        assertThat(found.headers().firstValue("Location").orElseThrow()).endsWith("/guide?region=410102001");

        HttpResponse<String> unknown = get("/guide?path=" + URLEncoder.encode("火星", StandardCharsets.UTF_8));
        assertThat(unknown.body()).contains("href=\"#path\"").contains("没有找到这个地方");
    }

    @Test
    void theTownshipGuideShowsItsWindowWithTextChannelsAndTheFiguresOfPolicy() throws Exception {
        HttpResponse<String> guide = get("/guide/410102001/LIVING");

        assertThat(guide.statusCode()).isEqualTo(200);
        assertThat(guide.body())
                .contains("简要说明")
                .contains("林山寨街道便民服务中心（示例）")
                .contains("href=\"sms:10690371010\"")
                .contains("网上留言")
                .contains("纳入最低生活保障范围的家庭中的残疾人")
                .contains("残疾人证")
                .contains("数据核验，不用提交")
                .contains("个工作日");
    }

    @Test
    void theGuideIsInEnglishWhenAsked() throws Exception {
        HttpResponse<String> guide = get("/guide/410305001/CARE?lang=en");
        assertThat(guide.body())
                .contains("Care subsidy for people with severe disabilities")
                .contains("In short");
    }

    @Test
    void thePdfComesFromTheSameGuide() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> pdf = client.send(
                HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/guide/410102001/CARE/pdf"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void anUnknownRegionOrSubsidyIsNotFound() throws Exception {
        assertThat(get("/guide/999999/LIVING").statusCode()).isEqualTo(404);
        assertThat(get("/guide/410102001/PENSION").statusCode()).isEqualTo(404);
        assertThat(get("/guide/410000/LIVING").statusCode()).isEqualTo(404);
    }

    @Test
    void theSelfCheckAsksItsQuestionsOnceACountyOrTownshipIsChosen() throws Exception {
        assertThat(get("/guide/self-check").body()).contains("value=\"410100\"").doesNotContain("name=\"certificate\"");

        HttpResponse<String> questions = get("/guide/self-check?region=410102001");

        assertThat(questions.body())
                .contains("这只是参考，不是审核决定")
                .contains("name=\"certificate\"")
                .contains("id=\"receives-WORK_INJURY_CARE_ALLOWANCE\"")
                .doesNotContain("id=\"receives-EXTREME_POVERTY_SUPPORT\"");
    }

    @Test
    void theSelfCheckNamesEveryUnansweredQuestion() throws Exception {
        HttpResponse<String> page = get("/guide/self-check/result?region=410102001&certificate=YES");

        assertThat(page.body())
                .contains("href=\"#level\"")
                .contains("href=\"#category\"")
                .contains("href=\"#household\"")
                .contains("href=\"#care\"")
                .contains("href=\"#applicant\"")
                .doesNotContain("href=\"#certificate\"");
    }

    @Test
    void theSelfCheckSaysWhichSubsidyMayFitAndWhatToBring() throws Exception {
        HttpResponse<String> result = get("/guide/self-check/result?region=410102001&certificate=YES&level=LEVEL_1"
                + "&category=PHYSICAL&household=MINIMUM_LIVING_GUARANTEE&care=YES&applicant=OTHER");

        assertThat(result.statusCode()).isEqualTo(200);
        assertThat(result.body())
                .contains("这只是参考，不是审核决定")
                .contains("可能符合</strong>")
                .doesNotContain("可能不符合</strong>")
                .contains("残疾人证")
                .contains("代办人委托书及身份证");
    }
}
