package org.liangxiang.review;

import org.liangxiang.policy.ReviewStep;

/**
 * The lists of the staff worklist page: each {@link Worklist} of open cases, the cases forwarded into and out of the
 * jurisdiction, and the cases the staff member's office acted on (已办).
 */
public enum WorkView {
    TO_ACCEPT,
    TOWNSHIP_CHECK,
    FEDERATION_REVIEW,
    PUBLIC_NOTICE,
    CIVIL_AFFAIRS_DECISION,
    RETURNED,
    TO_FORWARD,
    TO_FORWARD_TO_PROVINCE,
    FORWARDED_IN,
    FORWARDED_OUT,
    DONE;

    /** The worklist this view shows, or null for the forwarded and done views. */
    public Worklist worklist() {
        return switch (this) {
            case FORWARDED_IN, FORWARDED_OUT, DONE -> null;
            default -> Worklist.valueOf(name());
        };
    }

    /** The step of the chain this view lists, or null for a view that is not a step of the chain. */
    public ReviewStep step() {
        Worklist list = worklist();
        return list != null && list.isStep() ? list.step() : null;
    }
}
