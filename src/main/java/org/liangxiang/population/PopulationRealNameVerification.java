package org.liangxiang.population;

import org.liangxiang.account.RealNameVerification;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo profile's real-name check: the synthetic population stands in for the public-security population register
 * and the federation's certificate register. A name and resident id match when one synthetic person has both (by blind
 * index, nothing decrypted); a certificate number given must be that person's current certificate. Production wires
 * an adapter to the real services instead (docs/portal.md).
 */
@Component
@Profile("demo")
class PopulationRealNameVerification implements RealNameVerification {

    private final JdbcClient jdbc;
    private final PersonalData personalData;

    PopulationRealNameVerification(JdbcClient jdbc, PersonalData personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    @Override
    public Result verify(String fullName, ResidentId residentId, CertificateNumber certificate) {
        boolean matched = jdbc.sql("""
                SELECT EXISTS (
                    SELECT 1 FROM population_person p
                     WHERE p.resident_id_index = :id AND p.full_name_index = :name
                       AND (CAST(:certificate AS BYTEA) IS NULL OR EXISTS (
                            SELECT 1 FROM population_certificate c
                             WHERE c.person_id = p.id AND c.seed = p.seed
                               AND c.certificate_number_index = :certificate)))""")
                .param("id", personalData.index(PersonalData.RESIDENT_ID, residentId.value()))
                .param("name", personalData.index(PersonalData.NAME, fullName))
                .param(
                        "certificate",
                        certificate == null
                                ? null
                                : personalData.index(PersonalData.CERTIFICATE_NUMBER, certificate.value()))
                .query(Boolean.class)
                .single();
        return matched ? Result.MATCHED : Result.NOT_MATCHED;
    }
}
