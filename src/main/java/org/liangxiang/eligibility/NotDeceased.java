package org.liangxiang.eligibility;

import java.time.LocalDate;
import java.util.Set;
import org.liangxiang.policy.PolicyInForce;
import org.liangxiang.shared.Subsidy;

/** Nobody recorded dead on or before the date receives either subsidy (payment stops from the following month). */
final class NotDeceased implements EligibilityRule {

    @Override
    public RuleId id() {
        return RuleId.NOT_DECEASED;
    }

    @Override
    public Set<ReferenceSource> sources() {
        return Set.of(ReferenceSource.DEATH);
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
        if (person.any(ReferenceSource.DEATH, f -> !f.validFrom().isAfter(on))) {
            return Finding.fail(id(), ReasonCode.DECEASED);
        }
        return person.known(ReferenceSource.DEATH) ? Finding.pass(id()) : Finding.cannotTell(id(), Missing.DEATH_DATA);
    }

    @Override
    public String sql(Subsidy subsidy) {
        return "CASE WHEN " + FactSql.any(FactSql.of(ReferenceSource.DEATH) + " AND f.valid_from <= :on")
                + " THEN 'FAIL:DECEASED'"
                + " WHEN " + FactSql.known(ReferenceSource.DEATH) + " THEN 'PASS'"
                + " ELSE 'CANNOT_TELL:DEATH_DATA' END";
    }
}
