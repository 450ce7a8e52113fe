package org.liangxiang.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.liangxiang.shared.Subsidy;

/**
 * Only the facts of the sources a rule declares are gathered for it (docs/eligibility.md, "Rules"): its SQL must read
 * no other source, or a run of some rules would silently see fewer facts than the full evaluation.
 */
class EligibilityRuleSourcesTests {

    static final Pattern SOURCE = Pattern.compile("f\\.source = '([A-Z_]+)'|'([A-Z_]+)' = ANY\\(p\\.loaded\\)");

    static Set<ReferenceSource> read(String sql) {
        Set<ReferenceSource> sources = EnumSet.noneOf(ReferenceSource.class);
        Matcher m = SOURCE.matcher(sql);
        while (m.find()) {
            sources.add(ReferenceSource.valueOf(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        return sources;
    }

    @Test
    void everyRuleReadsOnlyTheSourcesItDeclares() {
        for (EligibilityRule rule : Rules.ALL) {
            for (Subsidy subsidy : rule.id().subsidies()) {
                Set<ReferenceSource> read = read(rule.sql(subsidy));
                assertThat(read).as(rule.id() + " " + subsidy).isNotEmpty();
                assertThat(rule.sources()).as(rule.id() + " " + subsidy).containsAll(read);
            }
        }
    }

    @Test
    void theRecheckGathersWhatItsRulesAndEffectiveMonthsRead() {
        Set<ReferenceSource> gathered = EnumSet.noneOf(ReferenceSource.class);
        Rechecks.PROPOSING.forEach(rule -> gathered.addAll(rule.sources()));

        assertThat(Rechecks.PROPOSING)
                .extracting(EligibilityRule::id)
                .containsExactlyInAnyOrder(EnumSet.allOf(ProposalKind.class).stream()
                        .map(ProposalKind::rule)
                        .distinct()
                        .toArray(RuleId[]::new));
        assertThat(gathered)
                .containsAll(read(Rechecks.hits()))
                .containsAll(read(Rechecks.monthFacts()))
                .containsAll(read(Rechecks.expiring()));
        assertThat(gathered)
                .doesNotContain(
                        ReferenceSource.BENEFICIARY,
                        ReferenceSource.SIMILAR_ALLOWANCE,
                        ReferenceSource.OPEN_APPLICATION_ELSEWHERE);
        assertThat(SetBasedRules.facts(Rechecks.PROPOSING))
                .doesNotContain("'BENEFICIARY'")
                .doesNotContain("'SIMILAR_ALLOWANCE'")
                .as("open applications elsewhere propose nothing: the re-check never reads them")
                .doesNotContain("'OPEN_APPLICATION_ELSEWHERE'");
    }
}
