package org.liangxiang.eligibility;

/**
 * SQL pieces over the subject {@code s}, its policy row {@code p} and its facts: {@code pf.facts}, the subject's facts
 * gathered once as an array of {@code elig_fact_slim} (see {@link SetBasedRules}), each read as {@code f}.
 */
final class FactSql {

    private FactSql() {}

    /** A fact of the source held on {@code :on}, meeting the extra condition. */
    static String active(ReferenceSource source, String condition) {
        return "EXISTS (SELECT 1 FROM " + FACTS + " WHERE f.source = '" + source.name()
                + "' AND f.valid_from <= :on AND (f.valid_to IS NULL OR f.valid_to > :on) AND (" + condition + "))";
    }

    /** The subject's facts as a row source. */
    static final String FACTS = "unnest(pf.facts) AS f";

    static final String VALID_CERTIFICATE = "f.certificate_status = 'VALID' AND f.valid_until >= :monthStart";

    /** The Java form is {@link PersonFacts#known}. */
    static String known(ReferenceSource source) {
        return "('" + source.name() + "' = ANY(p.loaded) OR EXISTS (SELECT 1 FROM " + FACTS + " WHERE f.source = '"
                + source.name() + "'))";
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
