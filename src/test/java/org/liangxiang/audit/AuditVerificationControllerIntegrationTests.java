package org.liangxiang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.audit.AuditVerificationResult.Kind;
import org.liangxiang.audit.AuditVerificationResult.Problem;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The endpoint's {@code @PreAuthorize} rule, applied the way method security applies it. (The HTTP path through the
 * staff filter chain is tested by the account module, which owns the chains.)
 */
@IntegrationTest
class AuditVerificationControllerIntegrationTests {

    @Autowired
    AuditVerification verification;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditRecords records;

    @Autowired
    JsonMapper json;

    private AuditVerificationController secured() {
        ProxyFactory factory = new ProxyFactory(new AuditVerificationController(verification, trail));
        factory.setProxyTargetClass(true);
        factory.addAdvisor(AuthorizationManagerBeforeMethodInterceptor.preAuthorize());
        return (AuditVerificationController) factory.getProxy();
    }

    private static TestingAuthenticationToken signIn(String name, String role) {
        TestingAuthenticationToken user = new TestingAuthenticationToken(name, "n/a", "ROLE_" + role);
        SecurityContextHolder.getContext().setAuthentication(user);
        return user;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anotherRoleIsRefused() {
        for (String role : new String[] {"SYSTEM_ADMIN", "SECURITY_ADMIN", "TOWNSHIP_CLERK"}) {
            TestingAuthenticationToken user = signIn("staff-" + role, role);
            assertThatThrownBy(() -> secured().verify(0, user, new MockHttpServletRequest()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theAuditAdministratorGetsTheResultAndTheCheckIsRecorded() {
        String name = "audit-admin-" + java.util.UUID.randomUUID();
        TestingAuthenticationToken user = signIn(name, "AUDIT_ADMIN");
        AuditVerificationResult result = secured().verify(0, user, new MockHttpServletRequest());
        assertThat(result.ok()).as("%s", result.problem()).isTrue();
        assertThat(records.forObject("AUDIT_TRAIL", "audit_record")).anySatisfy(view -> {
            assertThat(view.type()).isEqualTo("AUDIT_VERIFIED");
            assertThat(view.actorId()).isEqualTo(name);
            assertThat(view.after()).isEqualTo("INTACT");
        });
        assertThat(json.writeValueAsString(result))
                .contains("\"ok\":true")
                .contains("\"recordsChecked\":")
                .contains("\"lastCheckpoint\":")
                .contains("\"problem\":null");
    }

    @Test
    void aProblemIsNamedInTheJson() {
        AuditVerificationResult broken = new AuditVerificationResult(
                false,
                3,
                0,
                0,
                2,
                new AuditCheckpoint(2, "00", Instant.parse("2026-11-29T00:00:00Z"), "04ab"),
                new Problem(3, Kind.ALTERED, "the record does not match its seal"));
        assertThat(json.writeValueAsString(broken))
                .contains("\"problem\":{\"seq\":3,\"kind\":\"ALTERED\"")
                .contains("\"createdAt\":\"2026-11-29T00:00:00Z\"");
    }
}
