package org.liangxiang.guide;

/**
 * Whether a material must be handed in. Where an application asks for two subsidies or has several situations, the
 * strongest requirement counts: {@code REQUIRED} over {@code REPLACED_BY_DATA_CHECK} over {@code OPTIONAL} over
 * {@code NOT_NEEDED} (declaration order, weakest first).
 */
public enum Requirement {
    /** Not asked for. */
    NOT_NEEDED,
    /** The applicant may hand it in. */
    OPTIONAL,
    /** Not asked for on paper: the office checks the fact against shared data (e.g. 低保 status). */
    REPLACED_BY_DATA_CHECK,
    /** Must be handed in before submission. */
    REQUIRED;

    boolean strongerThan(Requirement other) {
        return compareTo(other) > 0;
    }
}
