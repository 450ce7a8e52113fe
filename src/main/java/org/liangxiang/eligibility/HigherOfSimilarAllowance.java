package org.liangxiang.eligibility;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liangxiang.policy.PolicyInForce;
import org.liangxiang.policy.SimilarAllowance;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.Money;
import org.liangxiang.shared.Subsidy;

/**
 * 择高 (国发〔2015〕52号): a person who also receives a similar allowance of the subsidy's kind (as the region's policy
 * lists them) gets the higher of the two. Fails when an allowance is at least the subsidy's monthly amount (the tier of
 * the most severe valid certificate, else the base amount); cannot tell when either amount is unknown. Flagged for the
 * reviewer, who decides.
 */
final class HigherOfSimilarAllowance implements EligibilityRule {

    @Override
    public RuleId id() {
        return RuleId.HIGHER_OF_SIMILAR_ALLOWANCE;
    }

    @Override
    public Set<ReferenceSource> sources() {
        return Set.of(ReferenceSource.SIMILAR_ALLOWANCE, ReferenceSource.CERTIFICATE);
    }

    @Override
    public boolean appliesTo(Subsidy subsidy, PolicyInForce policy) {
        return !policy.higherOf(subsidy).isEmpty();
    }

    @Override
    public String appliesSql(Subsidy subsidy) {
        return "cardinality(p." + EligibilityRule.prefix(subsidy) + "_higher) > 0";
    }

    @Override
    public Finding check(Subsidy subsidy, PersonFacts person, PolicyInForce policy, LocalDate on) {
        var kinds = policy.higherOf(subsidy).stream().map(Enum::name).toList();
        var allowances = person.of(ReferenceSource.SIMILAR_ALLOWANCE, f -> f.activeOn(on) && kinds.contains(f.kind()));
        if (allowances.isEmpty()) {
            return person.known(ReferenceSource.SIMILAR_ALLOWANCE)
                    ? Finding.pass(id())
                    : Finding.cannotTell(id(), Missing.SIMILAR_ALLOWANCE_DATA);
        }
        Optional<Long> amount = subsidyAmount(subsidy, person, policy, on);
        if (amount.isEmpty() || allowances.stream().anyMatch(f -> f.amountFen() == null)) {
            return Finding.cannotTell(id(), Missing.AMOUNTS);
        }
        long highest =
                allowances.stream().mapToLong(ReferenceFact::amountFen).max().orElseThrow();
        return highest >= amount.get() ? Finding.fail(id(), ReasonCode.HIGHER_SIMILAR_ALLOWANCE) : Finding.pass(id());
    }

    private static Optional<Long> subsidyAmount(
            Subsidy subsidy, PersonFacts person, PolicyInForce policy, LocalDate on) {
        Optional<DisabilityLevel> level = person.of(ReferenceSource.CERTIFICATE, f -> f.validCertificateIn(on)).stream()
                .map(ReferenceFact::level)
                .min(Comparator.comparingInt(DisabilityLevel::digit));
        Optional<Money> money = level.isPresent() ? policy.amount(subsidy, level.get()) : policy.amount(subsidy);
        return money.map(Money::fen);
    }

    @Override
    public String sql(Subsidy subsidy) {
        String prefix = EligibilityRule.prefix(subsidy);
        String level = "("
                + FactSql.over(
                        "min(CAST(substr(f.level, 7) AS int))",
                        FactSql.of(ReferenceSource.CERTIFICATE) + " AND " + FactSql.HELD + " AND "
                                + FactSql.VALID_CERTIFICATE)
                + ")";
        String amount = "(CASE WHEN " + level + " IS NULL THEN p." + prefix + "_base ELSE p." + prefix + "_amounts["
                + level + "] END)";
        String highest = "GREATEST("
                + perKind(
                        subsidy,
                        k -> "CASE WHEN " + listed(prefix, k) + " THEN "
                                + FactSql.over(
                                        "max(f.amount_fen)",
                                        FactSql.of(ReferenceSource.SIMILAR_ALLOWANCE) + " AND " + FactSql.HELD
                                                + " AND f.kind = '" + k + "'")
                                + " END",
                        ", ")
                + ")";
        return "CASE WHEN NOT (" + held(subsidy, "") + ")"
                + " THEN (CASE WHEN " + FactSql.known(ReferenceSource.SIMILAR_ALLOWANCE)
                + " THEN 'PASS' ELSE 'CANNOT_TELL:SIMILAR_ALLOWANCE_DATA' END)"
                + " WHEN " + amount + " IS NULL OR " + held(subsidy, " AND f.amount_fen IS NULL")
                + " THEN 'CANNOT_TELL:AMOUNTS'"
                + " WHEN " + highest + " >= " + amount + " THEN 'FAIL:HIGHER_SIMILAR_ALLOWANCE'"
                + " ELSE 'PASS' END";
    }

    /**
     * Some allowance of a kind the region lists for the subsidy is held (and meets the extra condition): one aggregate
     * per kind, each counted where the policy row lists its kind (an aggregate never reads the policy row).
     */
    private static String held(Subsidy subsidy, String condition) {
        String prefix = EligibilityRule.prefix(subsidy);
        return perKind(
                subsidy,
                k -> "(" + listed(prefix, k) + " AND "
                        + FactSql.active(ReferenceSource.SIMILAR_ALLOWANCE, "f.kind = '" + k + "'" + condition) + ")",
                " OR ");
    }

    private static String listed(String prefix, SimilarAllowance kind) {
        return "'" + kind + "' = ANY(p." + prefix + "_higher)";
    }

    private static String perKind(Subsidy subsidy, Function<SimilarAllowance, String> each, String separator) {
        return Arrays.stream(SimilarAllowance.values())
                .filter(k -> k.competesWith() == subsidy)
                .map(each)
                .collect(Collectors.joining(separator));
    }
}
