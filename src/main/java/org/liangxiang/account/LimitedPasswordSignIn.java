package org.liangxiang.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * The applicant's password sign-in behind its rate limit: a try is refused while the number or the address has too
 * many recent failures; a wrong number or password counts as a failure; a success clears the number's count.
 */
class LimitedPasswordSignIn implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final PasswordSignInLimits limits;

    LimitedPasswordSignIn(AuthenticationProvider passwords, PasswordSignInLimits limits) {
        this.passwords = passwords;
        this.limits = limits;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String address = SignInAudit.address(attempt);
        limits.check(attempt.getName(), address);
        try {
            Authentication result = passwords.authenticate(attempt);
            limits.succeeded(attempt.getName());
            return result;
        } catch (BadCredentialsException e) {
            limits.failed(attempt.getName(), address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
