package org.liangxiang.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * One-time sign-in codes ({@code liangxiang.sign-in-code.*}; docs/portal.md). Rate limits instead of an image CAPTCHA.
 *
 * @param validity how long a code may be used (5 minutes)
 * @param maxFailedAttempts wrong tries after which the code is void (5)
 * @param resendInterval the least time between two codes to one number (1 minute)
 * @param dailyPerNumber codes one number may receive per day (China time)
 * @param dailyPerAddress codes requested from one network address per day (a shared address, such as a community
 *     centre's, needs room for many people)
 */
@ConfigurationProperties("liangxiang.sign-in-code")
record SignInCodeProperties(
        Duration validity,
        Integer maxFailedAttempts,
        Duration resendInterval,
        Integer dailyPerNumber,
        Integer dailyPerAddress) {

    SignInCodeProperties {
        validity = validity == null ? Duration.ofMinutes(5) : validity;
        maxFailedAttempts = maxFailedAttempts == null ? 5 : maxFailedAttempts;
        resendInterval = resendInterval == null ? Duration.ofMinutes(1) : resendInterval;
        dailyPerNumber = dailyPerNumber == null ? 10 : dailyPerNumber;
        dailyPerAddress = dailyPerAddress == null ? 100 : dailyPerAddress;
        if (validity.isNegative() || validity.isZero() || maxFailedAttempts < 1 || dailyPerNumber < 1) {
            throw new IllegalArgumentException("liangxiang.sign-in-code: validity, max-failed-attempts and"
                    + " daily-per-number must be positive");
        }
    }
}
