package org.liangxiang.eligibility;

import java.time.LocalDate;
import java.util.Set;
import org.liangxiang.policy.PolicyInForce;
import org.liangxiang.shared.Subsidy;

/**
 * A rule defined once, in two forms that must agree (RuleFormsAgreeIntegrationTests): {@link #check} over one person's
 * facts and the policy in force, and {@link #sql}, an SQL expression giving the same {@link Finding#code()} for every
 * row {@code s} of the subjects table with its region's policy row {@code p} (columns in {@link SetBasedRules}) and
 * the parameters {@code :on} and {@code :monthStart}.
 */
interface EligibilityRule {

    RuleId id();

    /**
     * The sources whose facts the rule reads, in both forms: the set-based form gathers only these sources' facts
     * for a run that evaluates only some rules (EligibilityRuleSourcesTests checks the SQL names no other source).
     */
    Set<ReferenceSource> sources();

    boolean appliesTo(Subsidy subsidy, PolicyInForce policy);

    /** The SQL form of {@link #appliesTo}, over {@code p}. */
    String appliesSql(Subsidy subsidy);

    Finding check(Subsidy subsidy, PersonFacts person, PolicyInForce policy, LocalDate on);

    String sql(Subsidy subsidy);

    /** The column prefix of the subsidy's settings in the policy row: {@code living} or {@code care}. */
    static String prefix(Subsidy subsidy) {
        return subsidy.name().toLowerCase(java.util.Locale.ROOT);
    }
}
