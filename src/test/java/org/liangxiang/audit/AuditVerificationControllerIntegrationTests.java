package org.liangxiang.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.core.context.SecurityContextHolder;

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
    }
}
