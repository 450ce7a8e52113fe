package org.liangxiang.review;

import org.liangxiang.policy.ReviewOffice;

/**
 * The case is in the staff member's jurisdiction, but the act belongs to another kind of office (HTTP 403): a
 * federation reviewer cannot accept, a clerk cannot decide. Names the office whose act it is.
 */
public class NotYourActException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String act;
    private final ReviewOffice office;

    NotYourActException(String act, ReviewOffice office) {
        super(act + " is an act of " + office);
        this.act = act;
        this.office = office;
    }

    public String act() {
        return act;
    }

    public ReviewOffice office() {
        return office;
    }
}
