package org.liangxiang.eligibility;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.liangxiang.policy.Exclusion;
import org.liangxiang.policy.PolicyInForce;
import org.liangxiang.shared.Subsidy;

/**
 * Rules of one shape: the subsidy is refused while the person holds a fact of a source (of a kind): the exclusions
 * (特困, 工伤 care allowance, orphan guarantee and the regional additions, as the region's policy lists them per
 * subsidy), the same subsidy paid elsewhere, an application for it open elsewhere, and the same subsidy already
 * received here.
 */
final class NoActiveFact implements EligibilityRule {

    private final RuleId id;
    private final ReferenceSource source;
    private final Function<Subsidy, String> kind;
    private final ReasonCode reason;
    private final BiPredicate<Subsidy, PolicyInForce> applies;
    private final Function<Subsidy, String> appliesSql;

    private NoActiveFact(
            RuleId id,
            ReferenceSource source,
            Function<Subsidy, String> kind,
            ReasonCode reason,
            BiPredicate<Subsidy, PolicyInForce> applies,
            Function<Subsidy, String> appliesSql) {
        this.id = id;
        this.source = source;
        this.kind = kind;
        this.reason = reason;
        this.applies = applies;
        this.appliesSql = appliesSql;
    }

    /** An exclusion, applied to a subsidy where the region's policy lists it for that subsidy. */
    static NoActiveFact exclusion(Exclusion exclusion) {
        return new NoActiveFact(
                RuleId.forExclusion(exclusion),
                switch (exclusion) {
                    case EXTREME_POVERTY_SUPPORT -> ReferenceSource.ASSISTANCE_STATUS;
                    case WORK_INJURY_CARE_ALLOWANCE -> ReferenceSource.WORK_INJURY_CARE;
                    case ORPHAN_GUARANTEE -> ReferenceSource.ORPHAN_GUARANTEE;
                    case WORK_RELATED_DISABILITY_LEVELS_1_TO_4, RETIRED_CADRE_CARE_ALLOWANCE ->
                        ReferenceSource.SIMILAR_ALLOWANCE;
                },
                subsidy -> switch (exclusion) {
                    case EXTREME_POVERTY_SUPPORT -> AssistanceKind.EXTREME_POVERTY_SUPPORT.name();
                    case WORK_INJURY_CARE_ALLOWANCE, ORPHAN_GUARANTEE -> null;
                    case WORK_RELATED_DISABILITY_LEVELS_1_TO_4 ->
                        org.liangxiang.policy.SimilarAllowance.WORK_RELATED_DISABILITY_CARE_ALLOWANCE.name();
                    case RETIRED_CADRE_CARE_ALLOWANCE ->
                        org.liangxiang.policy.SimilarAllowance.RETIRED_CADRE_CARE_ALLOWANCE.name();
                },
                switch (exclusion) {
                    case EXTREME_POVERTY_SUPPORT -> ReasonCode.IN_EXTREME_POVERTY_SUPPORT;
                    case WORK_INJURY_CARE_ALLOWANCE -> ReasonCode.RECEIVES_WORK_INJURY_CARE;
                    case ORPHAN_GUARANTEE -> ReasonCode.RECEIVES_ORPHAN_GUARANTEE;
                    default -> ReasonCode.EXCLUDED_BY_REGIONAL_RULE;
                },
                (subsidy, policy) -> policy.exclusions(subsidy).contains(exclusion),
                subsidy -> "'" + exclusion.name() + "' = ANY(p." + EligibilityRule.prefix(subsidy) + "_exclusions)");
    }

    static NoActiveFact paidElsewhere() {
        return new NoActiveFact(
                RuleId.NOT_PAID_ELSEWHERE,
                ReferenceSource.BENEFICIARY_ELSEWHERE,
                Subsidy::name,
                ReasonCode.ALREADY_RECEIVING,
                (s, p) -> true,
                s -> "true");
    }

    /** An application for the same subsidy open in another region's system on the date. */
    static NoActiveFact openApplicationElsewhere() {
        return new NoActiveFact(
                RuleId.NO_OPEN_APPLICATION_ELSEWHERE,
                ReferenceSource.OPEN_APPLICATION_ELSEWHERE,
                Subsidy::name,
                ReasonCode.OPEN_APPLICATION_ELSEWHERE,
                (s, p) -> true,
                s -> "true");
    }

    static NoActiveFact alreadyReceiving() {
        return new NoActiveFact(
                RuleId.NOT_ALREADY_RECEIVING,
                ReferenceSource.BENEFICIARY,
                Subsidy::name,
                ReasonCode.ALREADY_RECEIVING,
                (s, p) -> true,
                s -> "true");
    }

    @Override
    public RuleId id() {
        return id;
    }

    @Override
    public Set<ReferenceSource> sources() {
        return Set.of(source);
    }

    @Override
    public boolean appliesTo(Subsidy subsidy, PolicyInForce policy) {
        return applies.test(subsidy, policy);
    }

    @Override
    public String appliesSql(Subsidy subsidy) {
        return appliesSql.apply(subsidy);
    }

    @Override
    public Finding check(Subsidy subsidy, PersonFacts person, PolicyInForce policy, LocalDate on) {
        String k = kind.apply(subsidy);
        if (person.any(source, f -> f.activeOn(on) && (k == null || k.equals(f.kind())))) {
            return Finding.fail(id, reason);
        }
        return person.known(source) ? Finding.pass(id) : Finding.cannotTell(id, Missing.dataOf(source));
    }

    @Override
    public String sql(Subsidy subsidy) {
        String k = kind.apply(subsidy);
        return "CASE WHEN " + FactSql.active(source, k == null ? "true" : "f.kind = " + FactSql.literal(k))
                + " THEN 'FAIL:" + reason + "'"
                + " WHEN " + FactSql.known(source) + " THEN 'PASS'"
                + " ELSE 'CANNOT_TELL:" + Missing.dataOf(source) + "' END";
    }
}
