package org.liangxiang.account;

import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.shared.crypto.Masking;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Records every sign-in, every failed sign-in and every sign-in refused by a rate limit (with its rule) in the audit
 * trail, each in a transaction of its own. A failure names
 * what was typed as the user name, masked (a mobile number keeps its first 3 and last 4 digits).
 */
class SignInAudit implements AuthenticationEventPublisher {

    private final AuditTrail audit;
    private final String channel;

    SignInAudit(AuditTrail audit, String channel) {
        this.audit = audit;
        this.channel = channel;
    }

    @Override
    public void publishAuthenticationSuccess(Authentication authentication) {
        AuditEntry entry = AuditEntry.of("SIGN_IN", authentication.getName()).withObject("CHANNEL", channel);
        if (authentication.getPrincipal() instanceof SignedInStaff staff) {
            entry = entry.withActor(staff.role().name(), staff.jurisdiction());
        }
        audit.recordAlone(entry.from(address(authentication)));
    }

    @Override
    public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
        String typed = authentication.getName();
        String who = "STAFF".equals(channel) ? typed : Masking.phone(typed);
        boolean limited = exception instanceof PasswordSignInRefused;
        audit.recordAlone(AuditEntry.of(limited ? "SIGN_IN_REFUSED" : "SIGN_IN_FAILED", "unauthenticated:" + who)
                .withObject("CHANNEL", channel)
                .withReason(
                        limited
                                ? ((PasswordSignInRefused) exception).rule()
                                : exception.getClass().getSimpleName())
                .from(address(authentication)));
    }

    static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
    }
}
