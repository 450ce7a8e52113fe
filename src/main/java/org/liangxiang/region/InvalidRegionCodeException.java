package org.liangxiang.region;

/** A region code that breaks a format rule, naming the field, the value and the rule. */
public class InvalidRegionCodeException extends IllegalArgumentException {

    /** The rules a code can break. */
    public enum Rule {
        /** A code has 6, 9 or 12 digits. */
        DIGITS,
        /** A 12-digit code of a village (村/居委会): the tree stops at townships. */
        VILLAGE,
        /** The operation needs a code of another level (e.g. offices are for townships). */
        LEVEL,
        /** The operation needs a current code, and this one is retired. */
        RETIRED
    }

    private final String field;
    private final String value;
    private final Rule rule;

    public InvalidRegionCodeException(String field, String value, Rule rule) {
        super(field + " '" + value + "' breaks the rule " + rule + ": " + explain(rule));
        this.field = field;
        this.value = value;
        this.rule = rule;
    }

    private static String explain(Rule rule) {
        return switch (rule) {
            case DIGITS -> "a region code has 6, 9 or 12 digits";
            case VILLAGE -> "village codes are not kept; use the 9-digit township code";
            case LEVEL -> "the operation needs a code of another level";
            case RETIRED -> "the code is retired";
        };
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }

    public Rule rule() {
        return rule;
    }
}
