package org.liangxiang.eligibility;

/**
 * A rule's answer for one person and subsidy: {@code PASS}; {@code FAIL} with a {@link ReasonCode}; or {@code
 * CANNOT_TELL} with what is {@link Missing}. {@link #code()} is the compact form both rule forms produce, e.g. {@code
 * FAIL:DECEASED}.
 */
public record Finding(RuleId rule, Outcome outcome, ReasonCode reason, Missing missing) {

    static Finding pass(RuleId rule) {
        return new Finding(rule, Outcome.PASS, null, null);
    }

    static Finding fail(RuleId rule, ReasonCode reason) {
        return new Finding(rule, Outcome.FAIL, reason, null);
    }

    static Finding cannotTell(RuleId rule, Missing missing) {
        return new Finding(rule, Outcome.CANNOT_TELL, null, missing);
    }

    /** {@code PASS}, {@code FAIL:<reason>} or {@code CANNOT_TELL:<missing>}. */
    public String code() {
        return switch (outcome) {
            case PASS -> "PASS";
            case FAIL -> "FAIL:" + reason;
            case CANNOT_TELL -> "CANNOT_TELL:" + missing;
        };
    }

    static Finding parse(RuleId rule, String code) {
        if (code.equals("PASS")) {
            return pass(rule);
        }
        String[] parts = code.split(":", 2);
        return Outcome.valueOf(parts[0]) == Outcome.FAIL
                ? fail(rule, ReasonCode.valueOf(parts[1]))
                : cannotTell(rule, Missing.valueOf(parts[1]));
    }
}
