package org.liangxiang.account;

import java.time.Instant;
import java.util.UUID;

/** A staff account as the system administrator's list and detail pages show it (the name masked in lists). */
record StaffAccountRow(
        UUID id,
        String username,
        StaffRole role,
        String jurisdiction,
        String status,
        Instant lockedUntil,
        boolean secondFactor,
        boolean personRecorded,
        Instant createdAt) {

    public boolean locked() {
        return lockedUntil != null && lockedUntil.isAfter(Instant.now());
    }
}
