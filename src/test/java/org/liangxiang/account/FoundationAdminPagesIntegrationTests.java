package org.liangxiang.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liangxiang.BrowserlessSession;
import org.liangxiang.IntegrationTest;
import org.liangxiang.StaffSignIn;
import org.liangxiang.TestResidentIds;
import org.liangxiang.region.Region;
import org.liangxiang.region.Regions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The system administrator's pages over the foundation modules' services (policy versions, material rules, the
 * calendar, offices): forms that work without JavaScript, the service's refusals shown against their fields, and the
 * changes stored. Far-future dates and a region no other test uses keep them out of other tests' way.
 */
@IntegrationTest
class FoundationAdminPagesIntegrationTests {

    static final String PASSWORD = "a-long-test-password-1";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Regions regions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    BrowserlessSession admin;

    @BeforeEach
    void signIn() throws Exception {
        String username = "fa-" + UUID.randomUUID().toString().substring(0, 8);
        tx.executeWithoutResult(s -> staff.create(
                new NewStaffAccount(
                        username, "配置员", TestResidentIds.random(), PASSWORD, StaffRole.SYSTEM_ADMIN, "410000"),
                "t"));
        admin = new BrowserlessSession(port);
        StaffSignIn.signInEnrolling(admin, username, PASSWORD);
    }

    /** A county of 信阳市 (4115): no other test works there. */
    private String quietCounty() {
        return regions.children("411500").stream()
                .map(Region::code)
                .filter(c -> c.length() == 6)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aPolicyVersionIsCreatedFromTheFormAndListed() throws Exception {
        String county = quietCounty();
        HttpResponse<String> saved = admin.submit(
                "/staff/admin/policy",
                "/staff/admin/policy",
                Map.of(
                        "region",
                        county,
                        "effectiveFrom",
                        "2099-01-01",
                        "settings",
                        "money.living.amountFen = 13000\n# comment\n",
                        "note",
                        "页面测试"));
        assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("/staff/admin/policy?saved");
        assertThat(admin.get("/staff/admin/policy?region=" + county).body())
                .contains("2099-01-01")
                .contains("money.living.amountFen = 13000")
                .contains("页面测试");
    }

    @Test
    void aPolicyFormsMistakesAreShownAgainstTheirFields() throws Exception {
        HttpResponse<String> refused = admin.submit(
                "/staff/admin/policy",
                "/staff/admin/policy",
                Map.of(
                        "region",
                        quietCounty(),
                        "effectiveFrom",
                        "2020-01-01",
                        "settings",
                        "not a setting",
                        "note",
                        ""));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("class=\"error-summary\"")
                .contains("href=\"#settings\"")
                .contains("第1行");

        HttpResponse<String> past = admin.submit(
                "/staff/admin/policy",
                "/staff/admin/policy",
                Map.of(
                        "region",
                        quietCounty(),
                        "effectiveFrom",
                        "2020-01-01",
                        "settings",
                        "money.living.amountFen = 13000",
                        "note",
                        ""));
        assertThat(past.body()).contains("href=\"#effectiveFrom\"").contains("id=\"effectiveFrom-error\"");
    }

    @Test
    void materialRulesAreCreatedFromTheFormAndRefusalsNamedByField() throws Exception {
        String county = quietCounty();
        HttpResponse<String> saved = admin.submit(
                "/staff/admin/guides",
                "/staff/admin/guides",
                Map.of(
                        "region",
                        county,
                        "effectiveFrom",
                        "2099-01-01",
                        "settings",
                        "materials.LIVING.BASE.ASSISTANCE_STATUS_PROOF = REPLACED_BY_DATA_CHECK",
                        "note",
                        "数据核验"));
        assertThat(saved.headers().firstValue("Location").orElseThrow()).contains("/staff/admin/guides?saved");
        assertThat(admin.get("/staff/admin/guides?region=" + county).body())
                .contains("materials.LIVING.BASE.ASSISTANCE_STATUS_PROOF = &quot;REPLACED_BY_DATA_CHECK&quot;");

        HttpResponse<String> refused = admin.submit(
                "/staff/admin/guides",
                "/staff/admin/guides",
                Map.of(
                        "region",
                        county,
                        "effectiveFrom",
                        "2099-01-01",
                        "settings",
                        "materials.LIVING.BASE.ASSISTANCE_STATUS_PROOF = SOMETIMES",
                        "note",
                        ""));
        assertThat(refused.body()).contains("href=\"#settings\"");
    }

    @Test
    void aYearsScheduleIsEnteredAsLinesAndABadLineIsNamed() throws Exception {
        HttpResponse<String> refused = admin.submit(
                "/staff/admin/calendar",
                "/staff/admin/calendar",
                Map.of("year", "2040", "source", "国务院办公厅关于2040年部分节假日安排的通知", "days", "2040-01-01,假,元旦\n2040-13-01,假,错"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("href=\"#days\"").contains("第2行");
        assertThat(published(2040)).isZero();

        HttpResponse<String> saved = admin.submit(
                "/staff/admin/calendar",
                "/staff/admin/calendar",
                Map.of("year", "2040", "source", "国务院办公厅关于2040年部分节假日安排的通知", "days", "2040-01-01,假,元旦"));
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/staff/admin/calendar?saved=2040");
        assertThat(published(2040)).isEqualTo(1);
        assertThat(admin.get("/staff/admin/calendar?saved=2040").body()).contains("2040年的节假日安排已发布");
    }

    @Test
    void officesAreLookedUpAssignedAndClearedWithTheApisMessages() throws Exception {
        assertThat(admin.get("/staff/admin/offices?township=410102001").body()).contains("410102");
        assertThat(admin.get("/staff/admin/offices?township=4101").body())
                .contains("href=\"#township\"")
                .contains("必须是 6、9 或 12 位数字");

        String county = quietCounty();
        HttpResponse<String> refused = admin.submit(
                "/staff/admin/offices",
                "/staff/admin/offices/assign",
                Map.of(
                        "regionCode",
                        county,
                        "kind",
                        "COUNTY_FEDERATION",
                        "servingRegionCode",
                        "41",
                        "displayName",
                        ""));
        assertThat(refused.body()).contains("href=\"#servingRegionCode\"");

        HttpResponse<String> saved = admin.submit(
                "/staff/admin/offices",
                "/staff/admin/offices/assign",
                Map.of(
                        "regionCode",
                        county,
                        "kind",
                        "COUNTY_FEDERATION",
                        "servingRegionCode",
                        "411500",
                        "displayName",
                        "测试残联"));
        assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/staff/admin/offices?saved");
        HttpResponse<String> cleared = admin.submit(
                "/staff/admin/offices",
                "/staff/admin/offices/clear",
                Map.of("regionCode", county, "kind", "COUNTY_FEDERATION"));
        assertThat(cleared.headers().firstValue("Location").orElseThrow()).endsWith("/staff/admin/offices?cleared");
    }

    private long published(int year) {
        return jdbc.sql("SELECT count(*) FROM calendar_year WHERE year = ?")
                .param(year)
                .query(Long.class)
                .single();
    }
}
