package org.liangxiang.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.StaffAccounts;
import org.liangxiang.account.StaffRole;
import org.liangxiang.policy.StaffApiClient;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The guides JSON API. Regions owned by this test: 许昌 411000 and its 魏都区 411002, 漯河源汇区 411102. (The guide
 * reads are meant to be public; until the security chain permits them they are read here with a staff session.)
 */
@IntegrationTest
class GuideApiIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Guides guides;

    @Test
    void theGuideIsStructuredDataWithFiguresFromPolicy() throws Exception {
        StaffApiClient reader = StaffApiClient.signedIn(port, staff, tx, StaffRole.TOWNSHIP_CLERK);

        HttpResponse<String> response = reader.get("/api/guides/410102001?subsidy=LIVING");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode guide = JSON.readTree(response.body());
        assertThat(guide.get("region").asString()).isEqualTo("410102001");
        assertThat(guide.get("name").get("zh").asString()).isEqualTo("困难残疾人生活补贴");
        assertThat(guide.get("amounts").get("baseFen").asLong()).isEqualTo(12000);
        assertThat(guide.get("timeLimits").get("decisionWorkingDays").asInt()).isEqualTo(10);
        assertThat(guide.get("policyReference").asString()).startsWith("P1:CN1:410102001:");
        assertThat(guide.get("materials").findValuesAsString("material")).contains("ASSISTANCE_STATUS_PROOF");
        assertThat(guide.get("offices").get(0).get("contact").get("sms").asString())
                .isNotBlank();
    }

    @Test
    void anAdministratorReplacesContentAndTheGuideShowsIt() throws Exception {
        StaffApiClient admin = StaffApiClient.signedIn(port, staff, tx, StaffRole.SYSTEM_ADMIN);

        HttpResponse<String> put = admin.put("/api/guides/411002/content", """
                {"contacts": {"COUNTY_FEDERATION": {"name": "魏都区残联（测试）", "phone": "0374-00004002",
                                                    "sms": "10690374002", "wechat": "魏都残联（测试）"}},
                 "summary": {"LIVING": {"zh": "低保家庭中的残疾人可以申请生活补贴。", "en": "Disabled members of low-income households may apply."}},
                 "note": "测试"}
                """);

        assertThat(put.statusCode()).isEqualTo(200);
        JsonNode guide =
                JSON.readTree(admin.get("/api/guides/411002001?subsidy=LIVING").body());
        assertThat(guide.get("offices").get(0).get("role").asString()).isEqualTo("COUNTY_FEDERATION");
        assertThat(guide.get("offices").get(0).get("setBy").asString()).isEqualTo("411002");
        assertThat(guide.get("summary").get("en").asString()).startsWith("Disabled members");
    }

    @Test
    void aContactWithoutATextChannelIsAProblemNamingIt() throws Exception {
        StaffApiClient admin = StaffApiClient.signedIn(port, staff, tx, StaffRole.SYSTEM_ADMIN);

        HttpResponse<String> put = admin.put("/api/guides/411102/content", """
                {"contacts": {"TOWNSHIP_WINDOW": {"name": "便民服务中心", "phone": "0395-00005000"}}}
                """);

        assertThat(put.statusCode()).isEqualTo(400);
        JsonNode problem = JSON.readTree(put.body());
        assertThat(problem.get("field").asString()).isEqualTo("contacts.TOWNSHIP_WINDOW");
        assertThat(problem.get("rule").asString()).isEqualTo("GUIDE_TEXT_CHANNEL_REQUIRED");
        assertThat(guides.contentVersions(org.liangxiang.shared.RegionCode.of("411102")))
                .isEmpty();
    }

    @Test
    void onlyTheSystemAdministratorEditsGuides() throws Exception {
        StaffApiClient clerk = StaffApiClient.signedIn(port, staff, tx, StaffRole.TOWNSHIP_CLERK);

        assertThat(clerk.put("/api/guides/411102/content", "{\"contacts\": {}}").statusCode())
                .isEqualTo(403);
        assertThat(clerk.post("/api/guides/materials/versions", """
                        {"region": "411102", "effectiveFrom": "%s",
                         "settings": {"materials.LIVING.BASE.APPLICATION_FORM": "OPTIONAL"}}
                        """.formatted(
                                        LocalDate.now().plusMonths(3)))
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void materialsAreListedBySubsidyAndSituation() throws Exception {
        StaffApiClient admin = StaffApiClient.signedIn(port, staff, tx, StaffRole.SYSTEM_ADMIN);
        LocalDate from = guides.today().plusMonths(3).withDayOfMonth(1);

        HttpResponse<String> created = admin.post("/api/guides/materials/versions", """
                {"region": "411000", "effectiveFrom": "%s",
                 "settings": {"materials.CARE.GUARDIAN_ACCOUNT.GUARDIANSHIP_PROOF": "OPTIONAL"}}
                """.formatted(from));
        assertThat(created.statusCode()).isEqualTo(201);

        JsonNode before = JSON.readTree(admin.get(
                        "/api/guides/411002001/materials?subsidy=CARE&situation=GUARDIAN_ACCOUNT&situation=AGENT_APPLYING&date="
                                + from.minusDays(1))
                .body());
        JsonNode after = JSON.readTree(
                admin.get("/api/guides/411002001/materials?subsidy=CARE&situation=GUARDIAN_ACCOUNT&date=" + from)
                        .body());

        assertThat(requirementOf(before, "GUARDIANSHIP_PROOF")).isEqualTo("REQUIRED");
        assertThat(requirementOf(before, "AGENT_AUTHORISATION_AND_ID")).isEqualTo("REQUIRED");
        assertThat(requirementOf(after, "GUARDIANSHIP_PROOF")).isEqualTo("OPTIONAL");
        assertThat(requirementOf(after, "AGENT_AUTHORISATION_AND_ID")).isNull();
        JsonNode bad = JSON.readTree(
                admin.get("/api/guides/411002001/materials?subsidy=PENSION").body());
        assertThat(bad.get("rule").asString()).isEqualTo("GUIDE_SUBSIDY_UNKNOWN");
    }

    @Test
    void theApiIsInTheOpenApiDocument() throws Exception {
        String docs = StaffApiClient.anonymous(port).get("/v3/api-docs").body();

        assertThat(docs)
                .contains("/api/guides/{region}", "/api/guides/{region}/content", "/api/guides/{region}/materials");
    }

    private static String requirementOf(JsonNode list, String material) {
        for (JsonNode item : list) {
            if (item.get("required").get("material").asString().equals(material)) {
                return item.get("required").get("requirement").asString();
            }
        }
        return null;
    }
}
