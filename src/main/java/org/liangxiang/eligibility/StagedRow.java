package org.liangxiang.eligibility;

import java.time.LocalDate;
import java.util.UUID;

/** One valid row of an import, sealed and indexed, as it goes into the staging table. */
record StagedRow(
        long line,
        UUID id,
        byte[] residentIndex,
        byte[] residentSealed,
        String residentMasked,
        String kind,
        String qualifier,
        LocalDate validFrom,
        LocalDate validTo,
        String townshipCode,
        byte[] certificateIndex,
        byte[] certificateSealed,
        String category,
        String level,
        Boolean intellectualOrMental,
        String certificateStatus,
        LocalDate validUntil,
        Long amountFen,
        String placeCode) {}
