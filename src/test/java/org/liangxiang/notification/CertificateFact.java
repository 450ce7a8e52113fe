package org.liangxiang.notification;

import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.DisabilityCategory;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.crypto.Masking;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A certificate in eligibility's reference data, written as its import engine writes one (sealed and indexed), so that
 * a reminder has a holder to find. The import engine itself is tested with eligibility.
 */
final class CertificateFact {

    private CertificateFact() {}

    static UUID insert(JdbcClient jdbc, PersonalData data, ResidentId holder, LocalDate validUntil) {
        UUID importId = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO elig_import (id, source, region_code, mode, file_format, digest, status, requested_by)
                        VALUES (?, 'CERTIFICATE', '410102', 'DELTA', 'CSV', ?, 'APPLIED', 'test')""").params(importId, UUID.randomUUID().toString().getBytes()).update();
        CertificateNumber number =
                CertificateNumber.of(holder, DisabilityCategory.PHYSICAL, DisabilityLevel.LEVEL_2, 0);
        byte[] certificateIndex = data.index(PersonalData.CERTIFICATE_NUMBER, number.value());
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO elig_fact (id, source, region_code, resident_index, resident_sealed, resident_masked,
                            qualifier, valid_from, township_code, certificate_index, certificate_sealed, category, level,
                            intellectual_or_mental, certificate_status, valid_until, import_id, loaded_at)
                        VALUES (?, 'CERTIFICATE', '410102', ?, ?, ?, ?, DATE '2019-04-01', '410102001', ?, ?, 'PHYSICAL',
                            'LEVEL_2', FALSE, 'VALID', ?, ?, now())""")
                .params(
                        id,
                        data.index(PersonalData.RESIDENT_ID, holder.value()),
                        data.seal(holder.value(), "elig_fact", "resident_sealed", id),
                        Masking.residentId(holder.value()),
                        HexFormat.of().formatHex(certificateIndex),
                        certificateIndex,
                        data.seal(number.value(), "elig_fact", "certificate_sealed", id),
                        validUntil,
                        importId)
                .update();
        return id;
    }

    /** A re-check run (as eligibility records one) that noticed the certificates as expiring; its id. */
    static UUID noticed(JdbcClient jdbc, UUID... certificates) {
        UUID run = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO elig_recheck_run (id, checked_on, trigger, requested_by, expiring, finished_at)
                        VALUES (?, current_date, 'ON_DEMAND', 'test', ?, now())""").params(run, certificates.length).update();
        for (UUID certificate : certificates) {
            jdbc.sql("""
                            INSERT INTO elig_expiry_notice (certificate_fact_id, valid_until, township_code, run_id)
                            SELECT id, valid_until, township_code, ? FROM elig_fact WHERE id = ?""").params(run, certificate).update();
        }
        return run;
    }
}
