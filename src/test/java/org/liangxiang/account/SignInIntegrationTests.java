package org.liangxiang.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.BrowserlessSession;
import org.liangxiang.IntegrationTest;
import org.liangxiang.StaffSignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Staff and applicants sign in on their own pages, into separate security contexts; every attempt is audited. */
@IntegrationTest
class SignInIntegrationTests {

    static final String PASSWORD = "a-long-test-password-1";

    @LocalServerPort
    int port;

    @Autowired
    StaffAccounts staff;

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    private String newStaff(StaffRole role) {
        String username = "t-" + UUID.randomUUID().toString().substring(0, 8);
        tx.executeWithoutResult(s -> staff.create(username, "测试员", PASSWORD, role, "410102001", "system"));
        return username;
    }

    private String newApplicant() {
        String mobile = "139" + String.format("%08d", Math.abs(UUID.randomUUID().hashCode()) % 100_000_000);
        tx.executeWithoutResult(s -> applicants.register(mobile, PASSWORD));
        return mobile;
    }

    private long auditCount(String type, String actorId) {
        return jdbc.sql("SELECT count(*) FROM audit_record WHERE type = ? AND actor_id = ?")
                .params(type, actorId)
                .query(Long.class)
                .single();
    }

    @Test
    void staffMemberSignsInOnTheStaffPageAndSeesTheWorkbench() throws Exception {
        String username = newStaff(StaffRole.TOWNSHIP_CLERK);
        BrowserlessSession session = new BrowserlessSession(port);

        StaffSignIn.signInEnrolling(session, username, PASSWORD);

        HttpResponse<String> workbench = session.get("/staff");
        assertThat(workbench.statusCode()).isEqualTo(200);
        assertThat(workbench.body()).contains("乡镇（街道）经办人").contains("测*");
        UUID id = staff.findByUsername(username).orElseThrow();
        assertThat(auditCount("SIGN_IN", id.toString())).isEqualTo(1);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "demo {0} signs in at {1}")
    @org.junit.jupiter.params.provider.CsvSource({
        "zz-clerk,        /staff/login, username, /staff",
        "ly-civil,        /staff/login, username, /staff",
        "audit-admin,     /staff/login, username, /staff",
        "13800000001,     /login,       mobile,   /me",
        "13800000003,     /login,       mobile,   /me",
    })
    void demoAccountsSignInOnTheirOwnPages(String who, String page, String field, String landing) throws Exception {
        BrowserlessSession session = new BrowserlessSession(port);
        HttpResponse<String> signIn = session.submit(page, page, Map.of(field, who, "password", demoPassword));
        if (page.equals("/staff/login")) {
            String code = StaffSignIn.nextCode(StaffSignIn.demoSecret(session, who));
            signIn = session.submit("/staff/login/code", "/staff/login/code", Map.of("code", code));
        }
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith(landing);
        assertThat(session.get(landing).statusCode()).isEqualTo(200);
    }

    @org.springframework.beans.factory.annotation.Value("${liangxiang.demo.password}")
    String demoPassword;

    @Test
    void aStaffSignInDoesNotCountOnTheApplicantPortal() throws Exception {
        String username = newStaff(StaffRole.FEDERATION_REVIEWER);
        BrowserlessSession session = new BrowserlessSession(port);
        StaffSignIn.signInEnrolling(session, username, PASSWORD);

        HttpResponse<String> me = session.get("/me");

        assertThat(me.statusCode()).isEqualTo(302);
        assertThat(me.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void applicantSignsInWithMobileAndPasswordAndTheSessionHoldsOnlyTheAccountId() throws Exception {
        String mobile = newApplicant();
        BrowserlessSession session = new BrowserlessSession(port);

        HttpResponse<String> signIn =
                session.submit("/login", "/login", Map.of("mobile", mobile, "password", PASSWORD));

        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/me");
        HttpResponse<String> me = session.get("/me");
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body())
                .contains(mobile.substring(0, 3) + "****" + mobile.substring(7))
                .doesNotContain(mobile);
        UUID id = applicants.findByMobile(mobile).orElseThrow();
        assertThat(jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = ?")
                        .param(id.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(session.get("/staff").statusCode()).isEqualTo(302);
    }

    @Test
    void aWrongPasswordIsRefusedAndAuditedWithTheNumberMasked() throws Exception {
        String mobile = newApplicant();
        BrowserlessSession session = new BrowserlessSession(port);

        HttpResponse<String> signIn =
                session.submit("/login", "/login", Map.of("mobile", mobile, "password", "wrong-password"));

        assertThat(signIn.headers().firstValue("Location").orElseThrow()).endsWith("/login?error");
        String masked = mobile.substring(0, 3) + "****" + mobile.substring(7);
        assertThat(auditCount("SIGN_IN_FAILED", "unauthenticated:" + masked)).isEqualTo(1);
        assertThat(session.get("/login?error").body()).contains("手机号或密码不正确");
    }

    @Test
    void aStaffRequestOutsideTheRoleIsDeniedAndAudited() throws Exception {
        String username = newStaff(StaffRole.TOWNSHIP_CLERK);
        BrowserlessSession session = new BrowserlessSession(port);
        StaffSignIn.signInEnrolling(session, username, PASSWORD);
        UUID id = staff.findByUsername(username).orElseThrow();

        HttpResponse<String> verification = session.get("/staff/audit/verification");

        assertThat(verification.statusCode()).isEqualTo(403);
        assertThat(auditCount("ACCESS_DENIED", id.toString())).isEqualTo(1);
    }

    @Test
    void theApiAnswersAnUnauthenticatedWriteWithAProblemDetail() throws Exception {
        HttpResponse<String> response = new BrowserlessSession(port).get("/api/anything-private");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("application/problem+json");
    }
}
