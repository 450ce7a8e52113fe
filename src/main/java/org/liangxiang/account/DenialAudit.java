package org.liangxiang.account;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;

/**
 * Records a refused request (a signed-in account asking for what its role does not allow), then answers 403: a problem
 * detail on the JSON API, the error page elsewhere.
 */
class DenialAudit implements AccessDeniedHandler {

    private final AuditTrail audit;
    private final AccessDeniedHandler delegate = new AccessDeniedHandlerImpl();

    DenialAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException, ServletException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        AuditEntry entry = AuditEntry.of("ACCESS_DENIED", who == null ? "anonymous" : who.getName())
                .withObject("PATH", request.getMethod() + " " + request.getRequestURI())
                .from(request.getRemoteAddr());
        if (who != null && who.getPrincipal() instanceof SignedInStaff staff) {
            entry = entry.withActor(staff.role().name(), staff.jurisdiction());
        }
        audit.recordAlone(entry);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                            + "\"detail\":\"您的角色不能使用这项功能 / Your role may not use this\",\"instance\":\""
                            + request.getRequestURI().replace("\"", "") + "\"}");
            return;
        }
        delegate.handle(request, response, denied);
    }
}
