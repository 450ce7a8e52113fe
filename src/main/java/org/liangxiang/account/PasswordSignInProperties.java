package org.liangxiang.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The rate limit on applicants' password sign-in ({@code liangxiang.password-sign-in.*}; docs/portal.md): failed tries
 * counted over a sliding window, per number and per network address. No image CAPTCHA: limits instead.
 *
 * @param maxFailuresPerNumber failed tries for one number within the window, after which it must wait (5)
 * @param maxFailuresPerAddress failed tries from one address within the window (a shared address, such as a community
 *     centre's, needs room for many people) (50)
 * @param window how far back failures count (15 minutes)
 */
@ConfigurationProperties("liangxiang.password-sign-in")
record PasswordSignInProperties(Integer maxFailuresPerNumber, Integer maxFailuresPerAddress, Duration window) {

    PasswordSignInProperties {
        maxFailuresPerNumber = maxFailuresPerNumber == null ? 5 : maxFailuresPerNumber;
        maxFailuresPerAddress = maxFailuresPerAddress == null ? 50 : maxFailuresPerAddress;
        window = window == null ? Duration.ofMinutes(15) : window;
        if (maxFailuresPerNumber < 1 || maxFailuresPerAddress < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("liangxiang.password-sign-in: limits and window must be positive");
        }
    }
}
