package org.liangxiang.review;

import org.liangxiang.shared.Subsidy;

/**
 * The civil-affairs decision on one subsidy: approve (amount and start month come from the policy in force), or refuse
 * with a reason (and the decider's explanation, required for {@link RefusalReason#OTHER}).
 */
public record SubsidyDecision(Subsidy subsidy, boolean approve, RefusalReason reason, String explanation) {

    public static SubsidyDecision approve(Subsidy subsidy) {
        return new SubsidyDecision(subsidy, true, null, null);
    }

    public static SubsidyDecision refuse(Subsidy subsidy, RefusalReason reason, String explanation) {
        return new SubsidyDecision(subsidy, false, reason, explanation);
    }
}
