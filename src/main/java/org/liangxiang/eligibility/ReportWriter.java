package org.liangxiang.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a person's findings into report entries: explanations in both languages and the facts each rule read. */
@Component
class ReportWriter {

    private final MessageSource messages;

    ReportWriter(MessageSource messages) {
        this.messages = messages;
    }

    List<RuleResult> results(List<Finding> findings, PersonFacts person, List<SourceCoverage> coverage) {
        List<RuleResult> results = new ArrayList<>();
        for (Finding f : findings) {
            List<ReferenceFact> used = person.facts().stream()
                    .filter(fact -> f.rule().sources().contains(fact.source()))
                    .toList();
            List<SourceCoverage> loaded = coverage.stream()
                    .filter(c -> f.rule().sources().contains(c.source()))
                    .toList();
            results.add(new RuleResult(
                    f.rule(),
                    f.outcome(),
                    f.reason(),
                    f.missing(),
                    text("eligibility.rule." + f.rule(), Locale.SIMPLIFIED_CHINESE),
                    text("eligibility.rule." + f.rule(), Locale.ENGLISH),
                    text(explanationKey(f), Locale.SIMPLIFIED_CHINESE),
                    text(explanationKey(f), Locale.ENGLISH),
                    used,
                    loaded));
        }
        return results;
    }

    private static String explanationKey(Finding f) {
        return switch (f.outcome()) {
            case PASS -> "eligibility.pass." + f.rule();
            case FAIL -> "eligibility.reason." + f.reason();
            case CANNOT_TELL -> "eligibility.missing." + f.missing();
        };
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
