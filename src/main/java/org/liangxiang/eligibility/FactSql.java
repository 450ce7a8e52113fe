package org.liangxiang.eligibility;

/**
 * SQL pieces over the subject {@code s}, its policy row {@code p} and its facts {@code f}: the rules' SQL is evaluated
 * in a statement grouped by subject (see {@link SetBasedRules}), one row per fact of the subject (or one row of NULLs
 * when it has none), so a condition over the subject's facts is an aggregate over {@code f}: {@code bool_or}, {@code
 * min} or {@code max} with a {@code FILTER}. One pass over the facts answers every rule; no rule scans them again.
 */
final class FactSql {

    private FactSql() {}

    /** A fact of the source held on {@code :on}, meeting the extra condition. */
    static String active(ReferenceSource source, String condition) {
        return any(of(source) + " AND " + HELD + " AND (" + condition + ")");
    }

    /** Some fact of the subject meets the condition (false, never NULL, when none does or there are none). */
    static String any(String condition) {
        return "coalesce(bool_or(" + condition + "), false)";
    }

    /** The aggregate (e.g. {@code min(f.valid_from)}) over the subject's facts meeting the condition. */
    static String over(String aggregate, String condition) {
        return aggregate + " FILTER (WHERE " + condition + ")";
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
