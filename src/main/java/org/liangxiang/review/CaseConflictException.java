package org.liangxiang.review;

/**
 * An act that does not fit the case as it is now (HTTP 409): the version it named is not the current one ({@link
 * Rule#STALE_VERSION}), the case is not in a state the act applies to ({@link Rule#WRONG_STATE}, naming the state), or
 * the act's own condition does not hold yet ({@link Rule#NOTICE_NOT_OVER}, {@link Rule#NOT_PENDING}). Carries the
 * case's current state, so that the client can show it and act again.
 */
public class CaseConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public enum Rule {
        STALE_VERSION,
        WRONG_STATE,
        NOTICE_NOT_OVER,
        NOT_PENDING,
        NO_AMOUNT
    }

    private final Rule rule;
    private final String act;
    private final transient CaseSummary current;

    CaseConflictException(Rule rule, String act, CaseSummary current) {
        super(act + " refused (" + rule + ") on case " + current.applicationId() + " in state " + current.state());
        this.rule = rule;
        this.act = act;
        this.current = current;
    }

    static CaseConflictException wrongState(String act, CaseSummary current) {
        return new CaseConflictException(Rule.WRONG_STATE, act, current);
    }

    static CaseConflictException stale(String act, CaseSummary current) {
        return new CaseConflictException(Rule.STALE_VERSION, act, current);
    }

    public Rule rule() {
        return rule;
    }

    /** The act refused, e.g. {@code accept}. */
    public String act() {
        return act;
    }

    public CaseSummary current() {
        return current;
    }
}
