package org.liangxiang.eligibility;

import java.time.LocalDate;
import java.util.Set;
import org.liangxiang.policy.PolicyInForce;
import org.liangxiang.shared.Subsidy;

/**
 * Both subsidies need a valid certificate (国发〔2015〕52号; 民发〔2021〕70号): on the register, not cancelled, and not
 * expired before the month of the date (payment stops from the month after expiry).
 */
final class CertificateValid implements EligibilityRule {

    @Override
    public RuleId id() {
        return RuleId.CERTIFICATE_VALID;
    }

    @Override
    public Set<ReferenceSource> sources() {
        return Set.of(ReferenceSource.CERTIFICATE);
    }

    @Override
    public boolean appliesTo(Subsidy subsidy, PolicyInForce policy) {
        return true;
    }

    @Override
    public String appliesSql(Subsidy subsidy) {
        return "true";
    }

    @Override
    public Finding check(Subsidy subsidy, PersonFacts person, PolicyInForce policy, LocalDate on) {
        if (person.any(ReferenceSource.CERTIFICATE, f -> f.validCertificateIn(on))) {
            return Finding.pass(id());
        }
        if (person.any(
                ReferenceSource.CERTIFICATE,
                f -> f.activeOn(on)
                        && f.certificateStatus() == CertificateStatus.VALID
                        && f.validUntil().isBefore(on.withDayOfMonth(1)))) {
            return Finding.fail(id(), ReasonCode.CERTIFICATE_EXPIRED);
        }
        return person.known(ReferenceSource.CERTIFICATE)
                ? Finding.fail(id(), ReasonCode.NO_VALID_CERTIFICATE)
                : Finding.cannotTell(id(), Missing.CERTIFICATE_DATA);
    }

    @Override
    public String sql(Subsidy subsidy) {
        return "CASE WHEN " + FactSql.active(ReferenceSource.CERTIFICATE, FactSql.VALID_CERTIFICATE) + " THEN 'PASS'"
                + " WHEN "
                + FactSql.active(
                        ReferenceSource.CERTIFICATE, "f.certificate_status = 'VALID' AND f.valid_until < :monthStart")
                + " THEN 'FAIL:CERTIFICATE_EXPIRED'"
                + " WHEN " + FactSql.known(ReferenceSource.CERTIFICATE) + " THEN 'FAIL:NO_VALID_CERTIFICATE'"
                + " ELSE 'CANNOT_TELL:CERTIFICATE_DATA' END";
    }
}
