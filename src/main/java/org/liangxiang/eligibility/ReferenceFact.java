package org.liangxiang.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.liangxiang.shared.DisabilityCategory;
import org.liangxiang.shared.DisabilityLevel;

/**
 * One dated fact about a person from a reference source, without personal identifiers: {@code kind} is the status
 * kind, allowance kind or subsidy ('' where none); {@code validTo} is exclusive (null while current); the certificate
 * fields are set for certificates only, {@code amountFen} for similar allowances, {@code placeCode} for beneficiaries
 * elsewhere (the paying region) and open applications elsewhere (the handling region). {@code loadedAt} and
 * {@code importId} say when and by which import it was loaded.
 */
public record ReferenceFact(
        UUID id,
        ReferenceSource source,
        String regionCode,
        String kind,
        LocalDate validFrom,
        LocalDate validTo,
        String townshipCode,
        DisabilityCategory category,
        DisabilityLevel level,
        Boolean intellectualOrMental,
        CertificateStatus certificateStatus,
        LocalDate validUntil,
        Long amountFen,
        String placeCode,
        UUID importId,
        Instant loadedAt) {

    /** Held on the date: started on or before it and not ended by it. */
    public boolean activeOn(LocalDate date) {
        return !validFrom.isAfter(date) && (validTo == null || validTo.isAfter(date));
    }

    /** A certificate that counts in the month of the date: on the register, valid status, not expired before. */
    public boolean validCertificateIn(LocalDate date) {
        return source == ReferenceSource.CERTIFICATE
                && activeOn(date)
                && certificateStatus == CertificateStatus.VALID
                && !validUntil.isBefore(date.withDayOfMonth(1));
    }
}
