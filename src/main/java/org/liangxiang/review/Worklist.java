package org.liangxiang.review;

import java.util.Set;
import org.liangxiang.policy.ReviewStep;

/**
 * The staff worklists: open cases by what is to be done next (sorted by due date), and the cases done. A case is in
 * exactly one list; the list's message key {@code review.stage.<NAME>} is also the stage the applicant sees.
 */
public enum Worklist {
    TO_ACCEPT,
    TO_FORWARD,
    TO_FORWARD_TO_PROVINCE,
    TOWNSHIP_CHECK,
    FEDERATION_REVIEW,
    PUBLIC_NOTICE,
    CIVIL_AFFAIRS_DECISION,
    RETURNED,
    DONE;

    static final Set<Worklist> STEPS = Set.of(TOWNSHIP_CHECK, FEDERATION_REVIEW, PUBLIC_NOTICE, CIVIL_AFFAIRS_DECISION);

    /** The message key of the stage, e.g. {@code review.stage.TOWNSHIP_CHECK}. */
    public String stageKey() {
        return "review.stage." + name();
    }

    static Worklist of(ReviewStep step) {
        return valueOf(step.name());
    }

    boolean isStep() {
        return STEPS.contains(this);
    }

    ReviewStep step() {
        return ReviewStep.valueOf(name());
    }
}
