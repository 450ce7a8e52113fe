package org.liangxiang.account;

import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * The staff password step's outcomes: an accepted password is recorded as {@code SIGN_IN_PASSWORD_ACCEPTED} (the
 * sign-in itself, {@code SIGN_IN}, is recorded after the second factor); a failure as {@code SIGN_IN_FAILED}, and a
 * wrong password for an existing account counts towards its lockout.
 */
class StaffSignInEvents implements AuthenticationEventPublisher {

    private final SignInAudit failures;
    private final AuditTrail audit;
    private final StaffAccounts staff;
    private final SignInLockout lockout;

    StaffSignInEvents(AuditTrail audit, StaffAccounts staff, SignInLockout lockout) {
        this.failures = new SignInAudit(audit, "STAFF");
        this.audit = audit;
        this.staff = staff;
        this.lockout = lockout;
    }

    @Override
    public void publishAuthenticationSuccess(Authentication authentication) {
        AuditEntry entry = AuditEntry.of("SIGN_IN_PASSWORD_ACCEPTED", authentication.getName())
                .withObject("CHANNEL", "STAFF");
        if (authentication.getPrincipal() instanceof SignedInStaff member) {
            entry = entry.withActor(member.role().name(), member.jurisdiction());
        }
        audit.recordAlone(entry.from(SignInAudit.address(authentication)));
    }

    @Override
    public void publishAuthenticationFailure(AuthenticationException exception, Authentication authentication) {
        failures.publishAuthenticationFailure(exception, authentication);
        if (exception instanceof BadCredentialsException) {
            staff.findByUsername(authentication.getName())
                    .ifPresent(id -> lockout.failed(id, SignInAudit.address(authentication)));
        }
    }
}
