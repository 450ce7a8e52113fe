package org.liangxiang.eligibility;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the reference data says about one person: every fact of every source (current and past), and which sources
 * have been loaded for the person's region ({@code loaded}). A rule that finds no fact of a source says "cannot tell"
 * unless the source is {@link #known known} for the person.
 */
public record PersonFacts(List<ReferenceFact> facts, Set<ReferenceSource> loaded) {

    public PersonFacts {
        facts = List.copyOf(facts);
        loaded = Set.copyOf(loaded);
    }

    boolean any(ReferenceSource source, Predicate<ReferenceFact> condition) {
        return facts.stream().filter(f -> f.source() == source).anyMatch(condition);
    }

    List<ReferenceFact> of(ReferenceSource source, Predicate<ReferenceFact> condition) {
        return facts.stream()
                .filter(f -> f.source() == source)
                .filter(condition)
                .toList();
    }

    /** The source was loaded for the person's region, or it holds a fact about the person all the same. */
    boolean known(ReferenceSource source) {
        return loaded.contains(source) || any(source, f -> true);
    }
}
