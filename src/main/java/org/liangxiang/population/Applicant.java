package org.liangxiang.population;

import java.time.LocalDate;
import java.util.UUID;
import org.liangxiang.shared.DisabilityLevel;

/**
 * A certificate holder of a loaded run, as much of them as an application needs (kept in memory for the whole load:
 * about 300 bytes each).
 *
 * @param certificateValid whether the certificate is still valid on the run's as-of date
 * @param lowIncome whether the household holds a current 低保 status
 * @param extremePoverty whether the person is supported as 特困 (which excludes both subsidies)
 * @param bankName {@code null} when the person has no account on file (children, some adults)
 */
record Applicant(
        UUID personId,
        Township township,
        String residentId,
        String fullName,
        String certificateNumber,
        DisabilityLevel level,
        boolean certificateValid,
        boolean lowIncome,
        boolean extremePoverty,
        boolean minor,
        String bankName,
        String accountNumber) {

    static Applicant of(SyntheticPerson p, LocalDate asOf) {
        SyntheticPerson.Certificate c = p.certificate();
        boolean lowIncome = current(p, AssistanceKind.MINIMUM_LIVING_GUARANTEE);
        return new Applicant(
                p.id(),
                p.township(),
                p.residentId().value(),
                p.fullName(),
                c.number().value(),
                c.number().level(),
                c.expiresOn().isAfter(asOf),
                lowIncome,
                current(p, AssistanceKind.EXTREME_POVERTY_SUPPORT),
                p.birthDate().plusYears(16).isAfter(asOf),
                p.bankAccount() == null ? null : p.bankAccount().bankName(),
                p.bankAccount() == null ? null : p.bankAccount().accountNumber());
    }

    private static boolean current(SyntheticPerson p, AssistanceKind kind) {
        return p.statuses().stream().anyMatch(s -> s.validTo() == null && s.kind() == kind);
    }
}
