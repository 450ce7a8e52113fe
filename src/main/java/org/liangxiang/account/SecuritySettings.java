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

    /** When it takes effect, Beijing time, e.g. {@code 2026-12-01 00:00}. */
    public String effectiveFromText() {
        return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(effectiveFrom.atZone(org.liangxiang.shared.ChinaTime.ZONE));
    }

    public Duration idleTimeout() {
        return Duration.ofMinutes(idleTimeoutMinutes);
    }
}
