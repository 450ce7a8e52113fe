package org.liangxiang.population;

import java.util.List;
import java.util.UUID;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives the people of a run marked {@code has_demo_account} a real-name-bound applicant account (demo profile only, with
 * the demo password), so that demos can show a person seeing applications made for them. Skips numbers that already
 * have an account, so it can run again.
 */
@Component
class DemoPopulationAccounts {

    private final JdbcClient jdbc;
    private final PersonalData personalData;
    private final ApplicantAccounts applicants;
    private final TransactionTemplate transactions;

    DemoPopulationAccounts(
            JdbcClient jdbc,
            PersonalData personalData,
            ApplicantAccounts applicants,
            TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.personalData = personalData;
        this.applicants = applicants;
        this.transactions = transactions;
    }

    record Flagged(UUID id, byte[] name, byte[] residentId, byte[] phone, byte[] certificate) {}

    /** Creates the accounts; returns how many were created. */
    int create(long seed, String password) {
        List<Flagged> flagged = jdbc.sql("""
                SELECT p.id, p.full_name_sealed, p.resident_id_sealed, p.phone_sealed, c.certificate_number_sealed
                  FROM population_person p
                  JOIN population_certificate c ON c.person_id = p.id AND c.seed = p.seed
                 WHERE p.seed = ? AND p.has_demo_account
                 ORDER BY p.ordinal""")
                .param(seed)
                .query((rs, n) -> new Flagged(
                        rs.getObject(1, UUID.class), rs.getBytes(2), rs.getBytes(3), rs.getBytes(4), rs.getBytes(5)))
                .list();
        int created = 0;
        for (Flagged person : flagged) {
            String phone = open(person.phone(), PopulationTables.PERSON, "phone", person.id());
            if (applicants.findByMobile(phone).isPresent()) {
                continue;
            }
            ResidentId residentId =
                    ResidentId.of(open(person.residentId(), PopulationTables.PERSON, "resident_id", person.id()));
            CertificateNumber certificate = CertificateNumber.of(
                    open(person.certificate(), PopulationTables.CERTIFICATE, "certificate_number", person.id()),
                    residentId);
            String name = open(person.name(), PopulationTables.PERSON, "full_name", person.id());
            transactions.executeWithoutResult(tx -> {
                UUID account = applicants.register(phone, password);
                applicants.bindRealName(account, name, residentId, certificate);
            });
            created++;
        }
        return created;
    }

    private String open(byte[] sealed, String table, String column, UUID id) {
        return personalData.open(sealed, table, column, id);
    }
}
