package org.liangxiang.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.UUID;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The end of a staff sign-in, after the second factor: the account is read again (its role or status may have changed
 * since the password step), the session gets a new id, the full authentication (role and jurisdiction) is stored, the
 * session's idle timeout is set from the security settings, the failure count starts again, and {@code SIGN_IN} is
 * audited. A second-factor failure counts towards the lockout like a wrong password.
 */
@Component
class StaffSignInCompletion {

    /** The session attribute holding the staff session's idle timeout in seconds, for the warning on staff pages. */
    static final String IDLE_SECONDS = "staffIdleSeconds";

    private final StaffAccounts staff;
    private final SignInLockout lockout;
    private final SecuritySettingsStore settings;
    private final AuditTrail audit;
    private final HttpSessionSecurityContextRepository contexts = StaffSecurityConfiguration.contextRepository();

    StaffSignInCompletion(
            StaffAccounts staff, SignInLockout lockout, SecuritySettingsStore settings, AuditTrail audit) {
        this.staff = staff;
        this.lockout = lockout;
        this.settings = settings;
        this.audit = audit;
    }

    /** Completes the sign-in; false when the account can no longer sign in (disabled or locked meanwhile). */
    boolean complete(UUID accountId, HttpServletRequest request, HttpServletResponse response) {
        SignedInStaff member =
                staff.byId(accountId).filter(SignedInStaff::isEnabled).orElse(null);
        if (member == null || lockout.lockedUntil(accountId).isPresent()) {
            abandon(request);
            return false;
        }
        member.eraseCredentials();
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(member, null, member.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        HttpSession session = request.getSession();
        int idleSeconds = (int) settings.current().idleTimeout().toSeconds();
        session.setMaxInactiveInterval(idleSeconds);
        session.setAttribute(IDLE_SECONDS, idleSeconds);
        session.setAttribute(FindByIndexNameSessionRepository.PRINCIPAL_NAME_INDEX_NAME, accountId.toString());
        lockout.succeeded(accountId);
        audit.recordAlone(AuditEntry.of("SIGN_IN", accountId.toString())
                .withActor(member.role().name(), member.jurisdiction())
                .withObject("CHANNEL", "STAFF")
                .from(request.getRemoteAddr()));
        return true;
    }

    /** A wrong second-factor code: audited and counted; true when the account is now locked (the sign-in ends). */
    boolean codeRefused(UUID accountId, HttpServletRequest request) {
        audit.recordAlone(AuditEntry.of("SIGN_IN_FAILED", accountId.toString())
                .withObject("CHANNEL", "STAFF")
                .withReason("SECOND_FACTOR")
                .from(request.getRemoteAddr()));
        lockout.failed(accountId, request.getRemoteAddr());
        if (lockout.lockedUntil(accountId).isPresent()) {
            abandon(request);
            return true;
        }
        return false;
    }

    /** Forgets the half-done sign-in. */
    void abandon(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SecurityConfiguration.STAFF_CONTEXT_KEY);
        }
    }
}
