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
                .contains("((s.b1 & 1) <> 0) AS a, ((s.b1 & 1) <> 0) AND 'DEATH' = ANY(p.loaded) AS b")
                .contains("bit_or(CASE WHEN f.source = 'DEATH' THEN CAST(1 AS BIGINT) ELSE 0 END) AS b1")
                .doesNotContain("bool_or(")
                .contains("JOIN elig_subject_policy p ON p.region_code = s.region_code");
        assertThat(sql.split("f.source = 'DEATH'", -1)).hasSize(2);
        assertThat(sql.indexOf("GROUP BY")).isLessThan(sql.indexOf("elig_subject_policy"));
    }

    @Test
    void onlyTheConditionsOfFactSqlAnyArePackedIntoBits() {
        String sql = SetBasedRules.grouped(
                FactSql.any("f.source = 'DEATH'") + " AS a, " + FactSql.any("f.kind = 'X'") + " AS b, "
                        + FactSql.OPEN + "bool_or(f.kind = 'Y')" + FactSql.CLOSE + " AS c, "
                        + FactSql.over("min(f.valid_from)", "f.source = 'DEATH'") + " AS d",
                DEATH);

        assertThat(sql)
                .contains("((s.b1 & 1) <> 0) AS a, ((s.b1 & 2) <> 0) AS b, s.a1 AS c, s.a2 AS d")
                .contains("bool_or(f.kind = 'Y') AS a1")
                .contains("min(f.valid_from) FILTER (WHERE f.source = 'DEATH') AS a2")
                .contains("bit_or(CASE WHEN f.source = 'DEATH' THEN CAST(1 AS BIGINT) ELSE 0 END\n"
                        + "   | CASE WHEN f.kind = 'X' THEN CAST(2 AS BIGINT) ELSE 0 END) AS b1");
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
