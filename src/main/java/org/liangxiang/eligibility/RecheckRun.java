package org.liangxiang.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One re-check: the date checked, how many beneficiaries, new proposals and newly noticed expiring certificates. */
public record RecheckRun(
        UUID id,
        LocalDate checkedOn,
        String trigger,
        long beneficiaries,
        long proposals,
        long expiring,
        Instant startedAt,
        Instant finishedAt) {}
