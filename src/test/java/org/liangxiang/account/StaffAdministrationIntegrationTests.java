package org.liangxiang.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.BrowserlessSession;
import org.liangxiang.IntegrationTest;
import org.liangxiang.StaffSignIn;
import org.liangxiang.TestResidentIds;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The three administrators each in their own area: the system administrator's account pages (within the jurisdiction
 * subtree, audited), the security administrator's settings (versioned and read by the sign-in), the audit
 * administrator's search and check of the trail; each refused everywhere else (三员分立), as are business staff.
 */
@IntegrationTest
class StaffAdministrationIntegrationTests {

    static final String PASSWORD = "a-long-test-password-1";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    SecuritySettingsStore settings;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    private String account(StaffRole role, String jurisdiction) {
        String username = "ad-" + UUID.randomUUID().toString().substring(0, 8);
        tx.executeWithoutResult(s -> staff.create(
                new NewStaffAccount(username, "管理测试", TestResidentIds.random(), PASSWORD, role, jurisdiction), "t"));
        return username;
    }

    private BrowserlessSession signedIn(StaffRole role, String jurisdiction) throws Exception {
        BrowserlessSession session = new BrowserlessSession(port);
        StaffSignIn.signInEnrolling(session, account(role, jurisdiction), PASSWORD);
        return session;
    }

    private static Map<String, String> newAccountForm(String username, String jurisdiction, String password) {
        Map<String, String> form = new HashMap<>();
        form.put("username", username);
        form.put("fullName", "新同事");
        form.put("personId", TestResidentIds.random());
        form.put("password", password);
        form.put("role", "TOWNSHIP_CLERK");
        form.put("jurisdiction", jurisdiction);
        return form;
    }

    @ParameterizedTest(name = "{0} asking for {1} gets {2}")
    @CsvSource({
        "SYSTEM_ADMIN,          /staff/admin/accounts,      200",
        "SYSTEM_ADMIN,          /staff/admin/security,      403",
        "SYSTEM_ADMIN,          /staff/audit,               403",
        "SYSTEM_ADMIN,          /staff/audit/verification,  403",
        "SYSTEM_ADMIN,          /staff/worklist,            403",
        "SECURITY_ADMIN,        /staff/admin/security,      200",
        "SECURITY_ADMIN,        /staff/admin/accounts,      403",
        "SECURITY_ADMIN,        /staff/audit,               403",
        "SECURITY_ADMIN,        /staff/worklist,            403",
        "SECURITY_ADMIN,        /api/policy/versions,       403",
        "AUDIT_ADMIN,           /staff/audit,               200",
        "AUDIT_ADMIN,           /staff/audit/check,         200",
        "AUDIT_ADMIN,           /staff/audit/verification,  200",
        "AUDIT_ADMIN,           /staff/admin/accounts,      403",
        "AUDIT_ADMIN,           /staff/admin/security,      403",
        "AUDIT_ADMIN,           /staff/admin/policy,        403",
        "AUDIT_ADMIN,           /staff/worklist,            403",
        "AUDIT_ADMIN,           /api/policy/versions,       403",
        "TOWNSHIP_CLERK,        /staff/admin/accounts,      403",
        "TOWNSHIP_CLERK,        /staff/admin/security,      403",
        "TOWNSHIP_CLERK,        /staff/audit,               403",
        "PROVINCE_SUPERVISOR,   /staff/admin/accounts/new,  403",
    })
    void eachAdministratorWorksOnlyInItsOwnArea(StaffRole role, String path, int status) throws Exception {
        BrowserlessSession session = signedIn(role, "410000");
        HttpResponse<String> response = session.get(path);
        assertThat(response.statusCode()).isEqualTo(status);
        if (status == 403 && path.startsWith("/api/")) {
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .contains("application/problem+json");
        }
    }

    @Test
    void theSystemAdministratorCreatesAnAccountAndTheCreationIsAudited() throws Exception {
        BrowserlessSession admin = signedIn(StaffRole.SYSTEM_ADMIN, "410100");
        String username = "new-" + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> created = admin.submit(
                "/staff/admin/accounts/new",
                "/staff/admin/accounts",
                newAccountForm(username, "410102001", "correct-horse-battery-9"));

        assertThat(created.headers().firstValue("Location").orElseThrow()).contains("/staff/admin/accounts/");
        UUID id = staff.findByUsername(username).orElseThrow();
        assertThat(admin.get("/staff/admin/accounts/" + id + "?created").body())
                .contains(username)
                .contains("新*")
                .doesNotContain("新同事");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_record WHERE type = 'STAFF_ACCOUNT_CREATED' AND object_id = ?"
                                + " AND actor_id <> 'system'")
                        .param(id.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(admin.get("/staff/admin/accounts?q=" + username).body()).contains(username);
    }

    @Test
    void aFormWithSeveralMistakesNamesEachFieldInTheSummary() throws Exception {
        BrowserlessSession admin = signedIn(StaffRole.SYSTEM_ADMIN, "410000");
        Map<String, String> form = newAccountForm("X", "4101", "qwerty123456");
        form.put("role", "");

        HttpResponse<String> refused = admin.submit("/staff/admin/accounts/new", "/staff/admin/accounts", form);

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("class=\"error-summary\"")
                .contains("href=\"#username\"")
                .contains("href=\"#jurisdiction\"")
                .contains("href=\"#role\"")
                .contains("href=\"#password\"")
                .contains("这个密码太常见")
                .contains("id=\"password-error\"")
                .doesNotContain("qwerty123456");
    }

    @Test
    void aSystemAdministratorManagesOnlyTheirOwnSubtree() throws Exception {
        BrowserlessSession zhengzhou = signedIn(StaffRole.SYSTEM_ADMIN, "410100");
        String luoyangClerk = account(StaffRole.TOWNSHIP_CLERK, "410305001");
        UUID luoyangId = staff.findByUsername(luoyangClerk).orElseThrow();

        assertThat(zhengzhou.get("/staff/admin/accounts?q=" + luoyangClerk).body())
                .doesNotContain(">" + luoyangClerk + "</a>")
                .contains("（0条）");
        assertThat(zhengzhou.get("/staff/admin/accounts/" + luoyangId).statusCode())
                .isEqualTo(404);
        HttpResponse<String> outside = zhengzhou.submit(
                "/staff/admin/accounts/new",
                "/staff/admin/accounts",
                newAccountForm(
                        "out-" + UUID.randomUUID().toString().substring(0, 6), "410305001", "correct-horse-battery-9"));
        assertThat(outside.body()).contains("只能管理本人管辖区域内的账户");
    }

    @Test
    void disablingAnAccountEndsItsSessionsAndIsAudited() throws Exception {
        BrowserlessSession admin = signedIn(StaffRole.SYSTEM_ADMIN, "410000");
        String username = account(StaffRole.TOWNSHIP_CLERK, "410102001");
        UUID id = staff.findByUsername(username).orElseThrow();
        BrowserlessSession clerk = new BrowserlessSession(port);
        StaffSignIn.signInEnrolling(clerk, username, PASSWORD);
        assertThat(clerk.get("/staff").statusCode()).isEqualTo(200);

        HttpResponse<String> noReason = admin.submit(
                "/staff/admin/accounts/" + id, "/staff/admin/accounts/" + id + "/status", Map.of("enabled", "false"));
        assertThat(noReason.body()).contains("href=\"#statusReason\"");
        admin.submit(
                "/staff/admin/accounts/" + id,
                "/staff/admin/accounts/" + id + "/status",
                Map.of("enabled", "false", "statusReason", "调离岗位"));

        assertThat(clerk.get("/staff").statusCode()).as("signed out").isEqualTo(302);
        assertThat(StaffSignIn.password(new BrowserlessSession(port), username, PASSWORD)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/staff/login?error");
        assertThat(jdbc.sql("SELECT reason FROM audit_record WHERE type = 'STAFF_ACCOUNT_DISABLED' AND object_id = ?")
                        .param(id.toString())
                        .query(String.class)
                        .single())
                .isEqualTo("调离岗位");
    }

    @Test
    void theSecuritySettingsAreVersionedAuditedAndReadBySignIn() throws Exception {
        BrowserlessSession security = signedIn(StaffRole.SECURITY_ADMIN, "410000");
        SecuritySettings before = settings.current();
        try {
            HttpResponse<String> saved = security.submit(
                    "/staff/admin/security",
                    "/staff/admin/security",
                    Map.of(
                            "lockoutThreshold",
                            "3",
                            "lockoutMinutes",
                            "20",
                            "idleTimeoutMinutes",
                            "10",
                            "passwordMinLength",
                            "14",
                            "effectiveFrom",
                            "",
                            "reason",
                            "等保测评整改"));
            assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith("/staff/admin/security?saved");
            assertThat(settings.current().lockoutThreshold()).isEqualTo(3);

            String username = account(StaffRole.TOWNSHIP_CLERK, "410102001");
            UUID id = staff.findByUsername(username).orElseThrow();
            BrowserlessSession session = new BrowserlessSession(port);
            for (int i = 0; i < 3; i++) {
                StaffSignIn.password(session, username, "wrong-password-" + i);
            }
            assertThat(jdbc.sql("SELECT locked_until > now() + interval '19 minutes' FROM staff_account WHERE id = ?")
                            .param(id)
                            .query(Boolean.class)
                            .single())
                    .isTrue();

            BrowserlessSession fresh = signedIn(StaffRole.TOWNSHIP_CLERK, "410102001");
            assertThat(fresh.get("/staff").body()).contains("data-idle-seconds=\"600\"");
            assertThat(jdbc.sql("SELECT count(*) FROM audit_record WHERE type = 'SECURITY_SETTINGS_CHANGED'"
                                    + " AND reason = '等保测评整改'")
                            .query(Long.class)
                            .single())
                    .isEqualTo(1);
        } finally {
            security.submit(
                    "/staff/admin/security",
                    "/staff/admin/security",
                    Map.of(
                            "lockoutThreshold", "" + before.lockoutThreshold(),
                            "lockoutMinutes", "" + before.lockoutMinutes(),
                            "idleTimeoutMinutes", "" + before.idleTimeoutMinutes(),
                            "passwordMinLength", "" + before.passwordMinLength(),
                            "effectiveFrom", "",
                            "reason", "测试后恢复"));
        }
        assertThat(settings.current().lockoutThreshold()).isEqualTo(before.lockoutThreshold());
    }

    @Test
    void aFutureVersionWaitsForItsDayAndBadValuesAreRefusedByField() throws Exception {
        BrowserlessSession security = signedIn(StaffRole.SECURITY_ADMIN, "410000");
        long current = settings.current().version();
        HttpResponse<String> refused = security.submit(
                "/staff/admin/security",
                "/staff/admin/security",
                Map.of(
                        "lockoutThreshold",
                        "1",
                        "lockoutMinutes",
                        "abc",
                        "idleTimeoutMinutes",
                        "30",
                        "passwordMinLength",
                        "8",
                        "effectiveFrom",
                        "",
                        "reason",
                        ""));
        assertThat(refused.body())
                .contains("href=\"#lockoutThreshold\"")
                .contains("href=\"#lockoutMinutes\"")
                .contains("href=\"#passwordMinLength\"")
                .contains("href=\"#reason\"")
                .doesNotContain("href=\"#idleTimeoutMinutes\"");

        security.submit(
                "/staff/admin/security",
                "/staff/admin/security",
                Map.of(
                        "lockoutThreshold",
                        "5",
                        "lockoutMinutes",
                        "15",
                        "idleTimeoutMinutes",
                        "30",
                        "passwordMinLength",
                        "12",
                        "effectiveFrom",
                        "2099-01-01",
                        "reason",
                        "远期版本"));
        assertThat(settings.current().version()).isEqualTo(current);
        assertThat(settings.history().get(0).reason()).isEqualTo("远期版本");
    }

    @Test
    void theAuditAdministratorFindsAnObjectsRecordsAndChecksTheTrail() throws Exception {
        String username = account(StaffRole.TOWNSHIP_CLERK, "410102001");
        UUID id = staff.findByUsername(username).orElseThrow();
        BrowserlessSession auditor = signedIn(StaffRole.AUDIT_ADMIN, "410000");

        String page = auditor.get("/staff/audit?objectType=STAFF_ACCOUNT&objectId=" + id)
                .body();
        assertThat(page)
                .contains("STAFF_ACCOUNT_CREATED")
                .contains("TOWNSHIP_CLERK@410102001")
                .contains("（1条）");
        assertThat(auditor.get("/staff/audit?type=SIGN_IN&from=2026-01-01&to=2099-12-31")
                        .body())
                .contains("SIGN_IN");
        assertThat(auditor.get("/staff/audit?from=not-a-date").body()).contains("href=\"#from\"");
        assertThat(auditor.get("/staff/audit/check").body()).contains("id=\"check-result\"");
    }
}
