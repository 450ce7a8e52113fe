package org.liangxiang.eligibility;

/**
 * How an import relates to what is loaded: a {@code SNAPSHOT} lists every current fact of the source for the region as
 * of a date (whoever it leaves out has ended on that date); a {@code DELTA} adds or corrects facts with explicit
 * from/to dates and ends nothing else.
 */
public enum ImportMode {
    SNAPSHOT,
    DELTA
}
