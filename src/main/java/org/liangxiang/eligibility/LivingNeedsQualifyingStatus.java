package org.liangxiang.eligibility;

import java.time.LocalDate;
import java.util.Set;
import org.liangxiang.policy.LivingExtension;
import org.liangxiang.policy.PolicyInForce;
import org.liangxiang.shared.Subsidy;

/**
 * The living subsidy is for disabled members of 低保 families; a region may extend it to 低保边缘 and 低收入 families
 * (in the data) and to other hardship (assessed by staff, so the data cannot tell).
 */
final class LivingNeedsQualifyingStatus implements EligibilityRule {

    @Override
    public RuleId id() {
        return RuleId.LIVING_NEEDS_QUALIFYING_STATUS;
    }

    @Override
    public Set<ReferenceSource> sources() {
        return Set.of(ReferenceSource.ASSISTANCE_STATUS);
    }

    @Override
    public boolean appliesTo(Subsidy subsidy, PolicyInForce policy) {
        return subsidy == Subsidy.LIVING;
    }

    @Override
    public String appliesSql(Subsidy subsidy) {
        return subsidy == Subsidy.LIVING ? "true" : "false";
    }

    @Override
    public Finding check(Subsidy subsidy, PersonFacts person, PolicyInForce policy, LocalDate on) {
        var extensions = policy.livingExtensions();
        boolean qualifies = person.any(
                ReferenceSource.ASSISTANCE_STATUS,
                f -> f.activeOn(on)
                        && switch (AssistanceKind.valueOf(f.kind())) {
                            case MINIMUM_LIVING_GUARANTEE -> true;
                            case NEAR_POVERTY -> extensions.contains(LivingExtension.NEAR_POVERTY);
                            case LOW_INCOME -> extensions.contains(LivingExtension.LOW_INCOME);
                            case EXTREME_POVERTY_SUPPORT -> false;
                        });
        if (qualifies) {
            return Finding.pass(id());
        }
        if (extensions.contains(LivingExtension.OTHER_HARDSHIP)) {
            return Finding.cannotTell(id(), Missing.OTHER_HARDSHIP_ASSESSMENT);
        }
        return person.known(ReferenceSource.ASSISTANCE_STATUS)
                ? Finding.fail(id(), ReasonCode.NO_QUALIFYING_STATUS)
                : Finding.cannotTell(id(), Missing.ASSISTANCE_DATA);
    }

    @Override
    public String sql(Subsidy subsidy) {
        return "CASE WHEN " + FactSql.active(ReferenceSource.ASSISTANCE_STATUS, "f.kind = 'MINIMUM_LIVING_GUARANTEE'")
                + " OR ('NEAR_POVERTY' = ANY(p.living_extensions) AND "
                + FactSql.active(ReferenceSource.ASSISTANCE_STATUS, "f.kind = 'NEAR_POVERTY'") + ")"
                + " OR ('LOW_INCOME' = ANY(p.living_extensions) AND "
                + FactSql.active(ReferenceSource.ASSISTANCE_STATUS, "f.kind = 'LOW_INCOME'") + ")"
                + " THEN 'PASS'"
                + " WHEN 'OTHER_HARDSHIP' = ANY(p.living_extensions) THEN 'CANNOT_TELL:OTHER_HARDSHIP_ASSESSMENT'"
                + " WHEN " + FactSql.known(ReferenceSource.ASSISTANCE_STATUS) + " THEN 'FAIL:NO_QUALIFYING_STATUS'"
                + " ELSE 'CANNOT_TELL:ASSISTANCE_DATA' END";
    }
}
