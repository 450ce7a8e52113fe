package org.liangxiang.account;

import java.time.Duration;
import java.time.Instant;

/**
 * The security administrator's settings, one version of them: how many failed sign-ins lock an account and for how
 * long, how long a staff session may stay idle, and the shortest password allowed (never under 12).
 */
public record SecuritySettings(
        long version,
        int lockoutThreshold,
        int lockoutMinutes,
        int idleTimeoutMinutes,
        int passwordMinLength,
        Instant effectiveFrom,
        String setBy,
        String reason) {

    public Duration lockoutDuration() {
        return Duration.ofMinutes(lockoutMinutes);
    }

    public Duration idleTimeout() {
        return Duration.ofMinutes(idleTimeoutMinutes);
    }
}
