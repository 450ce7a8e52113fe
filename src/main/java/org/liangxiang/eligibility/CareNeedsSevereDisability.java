package org.liangxiang.eligibility;

import java.time.LocalDate;
import java.util.Set;
import org.liangxiang.policy.PolicyInForce;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.Subsidy;

/**
 * The care subsidy needs a level 1 or 2 certificate; a region may extend it to levels 3 and 4 of intellectual or
 * mental disability, a multiple disability that includes one of them counting too (国发〔2015〕52号). Judged on the
 * valid certificates only.
 */
final class CareNeedsSevereDisability implements EligibilityRule {

    @Override
    public RuleId id() {
        return RuleId.CARE_NEEDS_SEVERE_DISABILITY;
    }

    @Override
    public Set<ReferenceSource> sources() {
        return Set.of(ReferenceSource.CERTIFICATE);
    }

    @Override
    public boolean appliesTo(Subsidy subsidy, PolicyInForce policy) {
        return subsidy == Subsidy.CARE;
    }

    @Override
    public String appliesSql(Subsidy subsidy) {
        return subsidy == Subsidy.CARE ? "true" : "false";
    }

    @Override
    public Finding check(Subsidy subsidy, PersonFacts person, PolicyInForce policy, LocalDate on) {
        var valid = person.of(ReferenceSource.CERTIFICATE, f -> f.validCertificateIn(on));
        if (valid.stream().anyMatch(f -> f.level().atLeastAsSevereAs(DisabilityLevel.LEVEL_2))) {
            return Finding.pass(id());
        }
        if (policy.careExtendedToLevels3And4IntellectualOrMental()
                && valid.stream().anyMatch(f -> Boolean.TRUE.equals(f.intellectualOrMental()))) {
            return Finding.pass(id());
        }
        return valid.isEmpty()
                ? Finding.cannotTell(id(), Missing.VALID_CERTIFICATE)
                : Finding.fail(id(), ReasonCode.DISABILITY_NOT_SEVERE);
    }

    @Override
    public String sql(Subsidy subsidy) {
        return "CASE WHEN "
                + FactSql.active(
                        ReferenceSource.CERTIFICATE,
                        FactSql.VALID_CERTIFICATE + " AND f.level IN ('LEVEL_1', 'LEVEL_2')")
                + " THEN 'PASS'"
                + " WHEN p.care_levels_3_and_4 AND "
                + FactSql.active(
                        ReferenceSource.CERTIFICATE, FactSql.VALID_CERTIFICATE + " AND f.intellectual_or_mental")
                + " THEN 'PASS'"
                + " WHEN " + FactSql.active(ReferenceSource.CERTIFICATE, FactSql.VALID_CERTIFICATE)
                + " THEN 'FAIL:DISABILITY_NOT_SEVERE'"
                + " ELSE 'CANNOT_TELL:VALID_CERTIFICATE' END";
    }
}
