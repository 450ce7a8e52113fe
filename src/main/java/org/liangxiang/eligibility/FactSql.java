package org.liangxiang.eligibility;

/**
 * SQL pieces over the subject {@code s}, its policy row {@code p} and its facts {@code f}: the rules' SQL is evaluated
 * over the subjects grouped one by one (see {@link SetBasedRules#grouped}), one row per fact of the subject (or one row
 * of NULLs when it has none), so a condition over the subject's facts is an aggregate over {@code f}: {@code bool_or},
 * {@code min} or {@code max} with a {@code FILTER}. One pass over the facts answers every rule; no rule scans them
 * again. Each aggregate is marked ({@link #OPEN} ... {@link #CLOSE}): the grouped statement computes the marked
 * aggregates grouped by the subject alone and evaluates the rest (the policy row's part) after, one row per subject; so
 * an aggregate never reads {@code p}.
 */
final class FactSql {

    private FactSql() {}

    /** A fact of the source held on {@code :on}, meeting the extra condition. */
    static String active(ReferenceSource source, String condition) {
        return any(of(source) + " AND " + HELD + " AND (" + condition + ")");
    }

    /** Where an aggregate over the subject's facts begins and ends in the rules' SQL. */
    static final String OPEN = "{{";

    static final String CLOSE = "}}";

    /** Some fact of the subject meets the condition (false, never NULL, when none does or there are none). */
    static String any(String condition) {
        return "coalesce(" + OPEN + "bool_or(" + condition + ")" + CLOSE + ", false)";
    }

    /** The aggregate (e.g. {@code min(f.valid_from)}) over the subject's facts meeting the condition. */
    static String over(String aggregate, String condition) {
        return OPEN + aggregate + " FILTER (WHERE " + condition + ")" + CLOSE;
    }

    /** The fact is of the source. */
    static String of(ReferenceSource source) {
        return "f.source = '" + source.name() + "'";
    }

    /** The fact is held on {@code :on}. */
    static final String HELD = "f.valid_from <= :on AND (f.valid_to IS NULL OR f.valid_to > :on)";

    static final String VALID_CERTIFICATE = "f.certificate_status = 'VALID' AND f.valid_until >= :monthStart";

    /** The Java form is {@link PersonFacts#known}. */
    static String known(ReferenceSource source) {
        return "('" + source.name() + "' = ANY(p.loaded) OR " + any(of(source)) + ")";
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
