package org.liangxiang.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;

/** Records a sign-out. */
class SignOutAudit implements LogoutHandler {

    private final AuditTrail audit;
    private final String channel;

    SignOutAudit(AuditTrail audit, String channel) {
        this.audit = audit;
        this.channel = channel;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            audit.recordAlone(AuditEntry.of("SIGN_OUT", authentication.getName())
                    .withObject("CHANNEL", channel)
                    .from(request.getRemoteAddr()));
        }
    }
}
