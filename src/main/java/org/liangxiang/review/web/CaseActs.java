package org.liangxiang.review.web;

import org.liangxiang.policy.ReviewStep;
import org.liangxiang.review.CaseState;
import org.liangxiang.review.CaseView;
import org.liangxiang.review.Reviewer;

/**
 * Which act forms the case page offers: those of the case's state and step when the staff member's role is the acting
 * office's. A hint for the page only: the review services decide (and refuse) every act.
 */
record CaseActs(
        boolean accept,
        boolean returnForCorrection,
        boolean refuseAcceptance,
        boolean forward,
        boolean completeStep,
        boolean refuseSubsidy,
        boolean decide,
        boolean objection,
        boolean endNotice,
        boolean reassign) {

    static CaseActs of(Reviewer reviewer, CaseView c) {
        boolean mine = reviewer.office() != null
                && reviewer.office() == c.office()
                && c.state().open();
        boolean accepting = mine && c.state() == CaseState.TO_ACCEPT;
        boolean reviewing = mine && c.state() == CaseState.IN_REVIEW;
        boolean notice = mine && c.state() == CaseState.IN_PUBLIC_NOTICE;
        boolean deciding = reviewing && c.step() == ReviewStep.CIVIL_AFFAIRS_DECISION;
        return new CaseActs(
                accepting,
                accepting || reviewing,
                accepting,
                mine && c.state() == CaseState.TO_FORWARD,
                reviewing,
                reviewing && !deciding,
                deciding,
                notice,
                notice,
                mine);
    }

    public boolean any() {
        return accept || returnForCorrection || forward || completeStep || decide || objection || reassign;
    }
}
