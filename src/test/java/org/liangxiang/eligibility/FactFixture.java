package org.liangxiang.eligibility;

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
 * Writes reference facts straight into the facts table (sealed and indexed as the import engine does), for rule and
 * re-check tests that need many small, exact situations. The import engine itself is tested through its files.
 */
final class FactFixture {

    private final JdbcClient jdbc;
    private final PersonalData data;
    private final UUID importId = UUID.randomUUID();
    private final String region;

    FactFixture(JdbcClient jdbc, PersonalData data, String region) {
        this.jdbc = jdbc;
        this.data = data;
        this.region = region;
        jdbc.sql("""
                        INSERT INTO elig_import (id, source, region_code, mode, file_format, digest, status, requested_by)
                        VALUES (:id, 'CERTIFICATE', :region, 'DELTA', 'CSV', :digest, 'APPLIED', 'test')
                        """)
                .param("id", importId)
                .param("region", region)
                .param("digest", UUID.randomUUID().toString().getBytes())
                .update();
    }

    /** The import the fixture's facts name as the one that loaded them. */
    UUID importId() {
        return importId;
    }

    /** Marks every source as loaded for the region. */
    FactFixture coverAll() {
        for (ReferenceSource source : ReferenceSource.values()) {
            jdbc.sql("""
                            INSERT INTO elig_coverage (source, region_code, last_import_id, loaded_at)
                            VALUES (:source, :region, :id, now()) ON CONFLICT DO NOTHING
                            """)
                    .param("source", source.name())
                    .param("region", region)
                    .param("id", importId)
                    .update();
        }
        return this;
    }

    UUID certificate(
            ResidentId person,
            DisabilityCategory category,
            DisabilityLevel level,
            boolean includesIntellectualOrMental,
            LocalDate issuedOn,
            LocalDate validUntil,
            CertificateStatus status,
            String township) {
        CertificateNumber number = CertificateNumber.of(person, category, level, 0);
        UUID id = UUID.randomUUID();
        byte[] index = data.index(PersonalData.CERTIFICATE_NUMBER, number.value());
        insert(id, person, ReferenceSource.CERTIFICATE, "", HexFormat.of().formatHex(index), issuedOn, null)
                .param("township", township)
                .param("certIndex", index)
                .param("certSealed", data.seal(number.value(), "elig_fact", "certificate_sealed", id))
                .param("category", category.name())
                .param("level", level.name())
                .param(
                        "im",
                        category == DisabilityCategory.INTELLECTUAL
                                || category == DisabilityCategory.MENTAL
                                || (category == DisabilityCategory.MULTIPLE && includesIntellectualOrMental))
                .param("status", status.name())
                .param("validUntil", validUntil)
                .param("amount", null)
                .param("place", null)
                .update();
        return id;
    }

    UUID fact(
            ResidentId person,
            ReferenceSource source,
            String kind,
            LocalDate from,
            LocalDate to,
            Long amount,
            String township) {
        UUID id = UUID.randomUUID();
        String place = placeOf(source);
        insert(id, person, source, kind, place == null ? "" : place, from, to)
                .param("township", township)
                .param("certIndex", null)
                .param("certSealed", null)
                .param("category", null)
                .param("level", null)
                .param("im", null)
                .param("status", null)
                .param("validUntil", null)
                .param("amount", amount)
                .param("place", place)
                .update();
        return id;
    }

    /** The other region (济源, 419001) of a subsidy paid or applied for elsewhere; null for the other sources. */
    static String placeOf(ReferenceSource source) {
        return switch (source) {
            case BENEFICIARY_ELSEWHERE, OPEN_APPLICATION_ELSEWHERE -> "419001";
            default -> null;
        };
    }

    private JdbcClient.StatementSpec insert(
            UUID id,
            ResidentId person,
            ReferenceSource source,
            String kind,
            String qualifier,
            LocalDate from,
            LocalDate to) {
        return jdbc.sql("""
                        INSERT INTO elig_fact (id, source, region_code, resident_index, resident_sealed,
                            resident_masked, kind, qualifier, valid_from, valid_to, township_code, certificate_index,
                            certificate_sealed, category, level, intellectual_or_mental, certificate_status,
                            valid_until, amount_fen, place_code, import_id, loaded_at)
                        VALUES (:id, :source, :region, :index, :sealed, :masked, :kind, :qualifier, :from, :to,
                            :township, :certIndex, :certSealed, :category, :level, :im, :status, :validUntil, :amount,
                            :place, :importId, now())
                        """)
                .param("id", id)
                .param("source", source.name())
                .param("region", region)
                .param("index", data.index(PersonalData.RESIDENT_ID, person.value()))
                .param("sealed", data.seal(person.value(), "elig_fact", "resident_sealed", id))
                .param("masked", Masking.residentId(person.value()))
                .param("kind", kind)
                .param("qualifier", qualifier)
                .param("from", from)
                .param("to", to)
                .param("importId", importId);
    }
}
