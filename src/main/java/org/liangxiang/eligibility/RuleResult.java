package org.liangxiang.eligibility;

import java.util.List;

/**
 * One rule in an evidence report: the finding with its plain-language explanation (zh-CN and English), the facts the
 * rule read (no personal identifiers) and when each source was last loaded for the region.
 */
public record RuleResult(
        RuleId rule,
        Outcome outcome,
        ReasonCode reason,
        Missing missing,
        String ruleZh,
        String ruleEn,
        String explanationZh,
        String explanationEn,
        List<ReferenceFact> facts,
        List<SourceCoverage> loaded) {}
