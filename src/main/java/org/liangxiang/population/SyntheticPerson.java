package org.liangxiang.population;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Sex;

/**
 * One generated person, as the generator made them, before sealing.
 *
 * @param ordinal the position in the run (0-based); the same seed gives the same person at the same ordinal
 * @param township the household-registration township (户籍地)
 * @param phone an 11-digit mobile number, {@code null} for children under 16
 * @param certificate the disability certificate, {@code null} for most people
 * @param statuses assistance statuses of the person's household (current and ended), often none
 * @param bankAccount the person's own account, {@code null} for children and some adults
 * @param hasDemoAccount a certificate holder chosen to get a demo applicant account when accounts are seeded
 */
record SyntheticPerson(
        int ordinal,
        UUID id,
        UUID householdId,
        HouseholdRelation relation,
        Township township,
        ResidentId residentId,
        String fullName,
        String phone,
        Certificate certificate,
        List<AssistanceStatus> statuses,
        BankAccount bankAccount,
        boolean hasDemoAccount) {

    LocalDate birthDate() {
        return residentId.birthDate();
    }

    Sex sex() {
        return residentId.sex();
    }

    /**
     * A disability certificate (残疾人证).
     *
     * @param expiresOn the first day the certificate is no longer valid
     */
    record Certificate(CertificateNumber number, LocalDate issuedOn, LocalDate expiresOn) {}

    /**
     * An assistance status held by the household.
     *
     * @param validTo the first day the status no longer held (exclusive), {@code null} while current
     */
    record AssistanceStatus(AssistanceKind kind, LocalDate validFrom, LocalDate validTo) {}

    record BankAccount(String bankName, String accountNumber) {}
}
