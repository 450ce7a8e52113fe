package org.liangxiang.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The grouped statement (docs/eligibility.md, "Rules"): the rules' aggregates are computed grouped by the subject alone,
 * each distinct one once, and the policy row is read only after the grouping.
 */
class SetBasedRulesTests {

    static final List<EligibilityRule> DEATH = List.of(new NotDeceased());

    @Test
    void aggregatesAreGroupedByTheSubjectAloneAndThePolicyJoinsAfter() {
        String sql = SetBasedRules.grouped(
                FactSql.any("f.source = 'DEATH'") + " AS a, " + FactSql.any("f.source = 'DEATH'") + " AND 'DEATH'"
                        + " = ANY(p.loaded) AS b",
                DEATH);

        assertThat(sql)
                .contains("GROUP BY s.subject_id, s.region_code, s.resident_index)")
                .doesNotContain("p.region_code,")
                .doesNotContain("p.region_code)")
                .doesNotContain(FactSql.OPEN)
                .doesNotContain(FactSql.CLOSE)
                .contains("coalesce(s.a1, false) AS a, coalesce(s.a1, false) AND 'DEATH' = ANY(p.loaded) AS b")
                .contains("JOIN elig_subject_policy p ON p.region_code = s.region_code");
        assertThat(sql.split("bool_or\\(", -1)).hasSize(2);
        assertThat(sql.indexOf("GROUP BY")).isLessThan(sql.indexOf("elig_subject_policy"));
    }

    @Test
    void anAggregateMayNotReadThePolicyRow() {
        assertThatThrownBy(
                        () -> SetBasedRules.grouped(FactSql.any("f.kind = ANY(p.living_extensions)") + " AS a", DEATH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("p.living_extensions");
    }

    @Test
    void noRuleAggregatesOverThePolicyRow() {
        assertThat(SetBasedRules.select(Rules.ALL))
                .doesNotContain(FactSql.OPEN)
                .contains("GROUP BY s.subject_id, s.region_code, s.resident_index)");
    }
}
