package org.liangxiang.account;

import java.io.Serial;
import java.time.Instant;
import org.springframework.security.core.AuthenticationException;

/**
 * A password sign-in refused before the password is even checked, because a limit was reached: {@code rule} names it
 * ({@code SIGN_IN_PASSWORD_NUMBER_LIMIT} or {@code SIGN_IN_PASSWORD_ADDRESS_LIMIT}), {@code retryAt} says when a
 * try is allowed again. The sign-in page tells the person that time.
 */
class PasswordSignInRefused extends AuthenticationException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String rule;
    private final Instant retryAt;

    PasswordSignInRefused(String rule, Instant retryAt) {
        super("Too many failed sign-ins: " + rule);
        this.rule = rule;
        this.retryAt = retryAt;
    }

    String rule() {
        return rule;
    }

    Instant retryAt() {
        return retryAt;
    }
}
