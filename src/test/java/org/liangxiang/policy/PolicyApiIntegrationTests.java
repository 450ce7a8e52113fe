package org.liangxiang.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.StaffAccounts;
import org.liangxiang.account.StaffRole;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The administrators' JSON API. Regions owned by this test: 新乡 410700 and its 红旗区 410702. */
@IntegrationTest
class PolicyApiIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Policies policies;

    @Test
    void anAdministratorCreatesAVersionAndTheInForceAnswerNamesIt() throws Exception {
        StaffApiClient admin = StaffApiClient.signedIn(port, staff, tx, StaffRole.SYSTEM_ADMIN);
        LocalDate from = policies.today().plusMonths(4).withDayOfMonth(1);

        HttpResponse<String> created = admin.post("/api/policy/versions", """
                {"region": "410702", "effectiveFrom": "%s", "note": "红旗区提高护理补贴",
                 "settings": {"money.care.amountFen": 11000, "money.care.tiersFen": {"LEVEL_1": 13000}}}
                """.formatted(from));

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode version = JSON.readTree(created.body());
        String id = version.get("id").asString();
        assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/policy/versions/" + id);
        assertThat(version.get("region").asString()).isEqualTo("410702");
        assertThat(version.get("settings").get("money.care.amountFen").asLong()).isEqualTo(11000);

        JsonNode inForce = JSON.readTree(
                admin.get("/api/policy/in-force?region=410702001&date=" + from).body());
        JsonNode care = setting(inForce, "money.care.amountFen");
        assertThat(care.get("value").asLong()).isEqualTo(11000);
        assertThat(care.get("origin").asString()).isEqualTo("REGION");
        assertThat(care.get("region").asString()).isEqualTo("410702");
        assertThat(care.get("versionId").asString()).isEqualTo(id);
        JsonNode living = setting(inForce, "money.living.amountFen");
        assertThat(living.get("value").asLong()).isEqualTo(6000);
        assertThat(living.get("region").asString()).isEqualTo("410000");
        JsonNode correction = setting(inForce, "deadlines.correction.workingDays");
        assertThat(correction.get("origin").asString()).isEqualTo("NATIONAL_DEFAULT");
        assertThat(correction.get("versionId").isNull()).isTrue();
        assertThat(inForce.get("derived").get(0).get("key").asString()).isEqualTo("deadlines.decision.workingDays");
        assertThat(inForce.get("derived").get(0).get("value").asInt()).isEqualTo(10);
        assertThat(inForce.get("reference").asString())
                .startsWith("P1:CN1:410702001:" + from + ":")
                .contains(id);

        JsonNode versions =
                JSON.readTree(admin.get("/api/policy/versions?region=410702").body());
        assertThat(versions.size()).isEqualTo(1);
        assertThat(versions.get(0).get("id").asString()).isEqualTo(id);
    }

    @Test
    void aBadValueIsAProblemNamingTheFieldAndTheRule() throws Exception {
        StaffApiClient admin = StaffApiClient.signedIn(port, staff, tx, StaffRole.SYSTEM_ADMIN);
        LocalDate from = policies.today().plusMonths(4);

        HttpResponse<String> refused = admin.post("/api/policy/versions", """
                {"region": "410700", "effectiveFrom": "%s",
                 "settings": {"process.reviewChain": [{"step": "TOWNSHIP_CHECK", "office": "TOWNSHIP", "workingDays": 3}]}}
                """.formatted(from));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("field").asString()).isEqualTo("process.reviewChain");
        assertThat(problem.get("rule").asString()).isEqualTo("POLICY_REVIEW_STEP_MISSING");
        assertThat(policies.versions(org.liangxiang.shared.RegionCode.of("410700")))
                .isEmpty();
    }

    @Test
    void aBadDateOrRegionIsAProblemNamingIt() throws Exception {
        StaffApiClient supervisor = StaffApiClient.signedIn(port, staff, tx, StaffRole.CITY_SUPERVISOR);

        JsonNode badDate = JSON.readTree(supervisor
                .get("/api/policy/in-force?region=410702&date=2026-02-30")
                .body());
        JsonNode badRegion =
                JSON.readTree(supervisor.get("/api/policy/in-force?region=4107").body());
        JsonNode unknownRegion = JSON.readTree(
                supervisor.get("/api/policy/in-force?region=419999").body());

        assertThat(badDate.get("field").asString()).isEqualTo("date");
        assertThat(badDate.get("rule").asString()).isEqualTo("DATE_FORMAT");
        assertThat(badRegion.get("field").asString()).isEqualTo("region");
        assertThat(badRegion.get("rule").asString()).isEqualTo("REGION_CODE_LENGTH");
        assertThat(unknownRegion.get("field").asString()).isEqualTo("region");
        assertThat(unknownRegion.get("rule").asString()).isEqualTo("REGION_UNKNOWN");
    }

    @Test
    void anyStaffMemberReadsThePolicyButOnlyTheSystemAdministratorWritesIt() throws Exception {
        StaffApiClient supervisor = StaffApiClient.signedIn(port, staff, tx, StaffRole.CITY_SUPERVISOR);

        assertThat(supervisor.get("/api/policy/in-force?region=410702").statusCode())
                .isEqualTo(200);
        assertThat(supervisor.get("/api/policy/fields").statusCode()).isEqualTo(200);
        HttpResponse<String> write = supervisor.post(
                "/api/policy/versions", """
                {"region": "410702", "effectiveFrom": "%s", "settings": {"money.care.amountFen": 1}}
                """.formatted(policies.today().plusMonths(5)));
        assertThat(write.statusCode()).isEqualTo(403);
        assertThat(StaffApiClient.anonymous(port)
                        .get("/api/policy/in-force?region=410702")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void theFieldCatalogueHasEveryKeyWithItsDefaultAndNames() throws Exception {
        StaffApiClient supervisor = StaffApiClient.signedIn(port, staff, tx, StaffRole.PROVINCE_SUPERVISOR);

        JsonNode fields = JSON.readTree(supervisor.get("/api/policy/fields").body());

        assertThat(fields.size()).isEqualTo(PolicyFields.all().size());
        for (JsonNode field : fields) {
            assertThat(field.get("nameZh").asString())
                    .as(field.get("key").asString())
                    .isNotBlank();
            assertThat(field.get("nameEn").asString()).isNotBlank();
            assertThat(field.get("basis").asString()).isNotBlank();
        }
    }

    @Test
    void theApiIsInTheOpenApiDocument() throws Exception {
        String docs = StaffApiClient.anonymous(port).get("/v3/api-docs").body();

        assertThat(docs).contains("/api/policy/versions", "/api/policy/in-force", "/api/policy/fields");
    }

    private static JsonNode setting(JsonNode inForce, String key) {
        for (JsonNode s : inForce.get("settings")) {
            if (s.get("key").asString().equals(key)) {
                return s;
            }
        }
        throw new AssertionError("no setting " + key);
    }
}
