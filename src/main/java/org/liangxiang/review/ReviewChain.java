package org.liangxiang.review;

import java.util.List;
import java.util.Objects;
import org.liangxiang.policy.ReviewChainStep;
import org.liangxiang.policy.ReviewStep;

/**
 * The snapshot of a region's review chain a case follows (policy {@code process.reviewChain}), with whether a public
 * notice pauses the decision clock. Steps are addressed by position. The chain clock's budget at a step is the sum of
 * the working days of the steps up to it that run on the clock, so a step finished early leaves its days to the next.
 */
record ReviewChain(List<ReviewChainStep> steps, boolean noticePausesClock) {

    ReviewChain {
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a review chain has at least one step");
        }
    }

    ReviewChainStep step(int position) {
        Objects.checkIndex(position, steps.size());
        return steps.get(position);
    }

    boolean isLast(int position) {
        return position == steps.size() - 1;
    }

    /** The position after {@code position}; only when it is not the last. */
    int next(int position) {
        if (isLast(position)) {
            throw new IllegalStateException("the last step has no next");
        }
        return position + 1;
    }

    /** The position before {@code position}, where an objection sends the case (the first step stays). */
    int previous(int position) {
        return Math.max(0, position - 1);
    }

    /** Whether the step's days run on the decision clock (all but a public notice that pauses it). */
    boolean onClock(int position) {
        return !(step(position).step() == ReviewStep.PUBLIC_NOTICE && noticePausesClock);
    }

    /** The chain clock's budget while the case is at {@code position}. */
    int budgetThrough(int position) {
        int sum = 0;
        for (int i = 0; i <= position; i++) {
            if (onClock(i)) {
                sum += step(i).workingDays();
            }
        }
        return sum;
    }

    /** The decision limit: every step on the clock. */
    int decisionBudget() {
        return budgetThrough(steps.size() - 1);
    }
}
