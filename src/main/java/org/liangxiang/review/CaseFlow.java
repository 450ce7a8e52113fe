package org.liangxiang.review;

import java.time.LocalDate;
import java.util.List;
import org.liangxiang.calendar.WorkingDayDate;
import org.liangxiang.intake.CorrectionItem;
import org.liangxiang.policy.Policies;
import org.liangxiang.policy.PolicyInForce;
import org.liangxiang.policy.ReviewChainStep;
import org.liangxiang.policy.ReviewOffice;
import org.liangxiang.policy.ReviewStep;
import org.liangxiang.shared.RegionCode;
import org.springframework.stereotype.Component;

/**
 * Moves a case through the flow: where acceptance leads (forwarding within the province, to another province, or the
 * chain), entering a step of the chain (a public notice starts its period and, by policy, pauses the clock), returning
 * and resuming. Due dates follow the clock of the phase; the policy is that of the owning township on the day.
 */
@Component
class CaseFlow {

    private final Policies policies;
    private final ActingOffices offices;
    private final Deadlines deadlines;
    private final CaseStore store;

    CaseFlow(Policies policies, ActingOffices offices, Deadlines deadlines, CaseStore store) {
        this.policies = policies;
        this.offices = offices;
        this.deadlines = deadlines;
        this.store = store;
    }

    PolicyInForce policyOf(String township, LocalDate on) {
        return policies.inForce(RegionCode.of(township), on);
    }

    /** A new case waits for acceptance by the receiving township within the policy's limit from submission. */
    void open(ReviewCase c) {
        c.ownerTownship = c.receivingTownship;
        c.state = CaseState.TO_ACCEPT;
        c.office = ReviewOffice.TOWNSHIP;
        c.officeRegion = offices.regionOf(c.ownerTownship, ReviewOffice.TOWNSHIP);
        int days = policyOf(c.receivingTownship, c.submittedOn).acceptanceWorkingDays();
        c.clock = CaseClock.start(c.submittedOn, days);
        c.due(c.clock.due(deadlines.days()));
    }

    /** Acceptance: to forward when the household registration is in another county or province, else the chain. */
    void accept(ReviewCase c, LocalDate today) {
        if (!c.homeTownship.substring(0, 2).equals(c.receivingTownship.substring(0, 2))) {
            c.targetProvince = c.homeTownship.substring(0, 2) + "0000";
            toForward(c, CaseState.TO_FORWARD_TO_PROVINCE, today);
        } else if (!offices.countyOf(c.homeTownship).equals(offices.countyOf(c.receivingTownship))) {
            toForward(c, CaseState.TO_FORWARD, today);
        } else {
            startChain(c, today);
        }
    }

    private void toForward(ReviewCase c, CaseState state, LocalDate today) {
        c.state = state;
        c.clock = CaseClock.start(today, policyOf(c.receivingTownship, today).forwardingWorkingDays());
        c.due(c.clock.due(deadlines.days()));
    }

    /** Forwarding: the home township owns the case from now on and its chain starts there. */
    void forward(ReviewCase c, LocalDate today) {
        c.ownerTownship = c.homeTownship;
        startChain(c, today);
    }

    /** The chain of the owning township's policy, snapshot with its reference, from its first step. */
    void startChain(ReviewCase c, LocalDate today) {
        PolicyInForce policy = policyOf(c.ownerTownship, today);
        c.chain = new ReviewChain(policy.reviewChain(), policy.publicNoticePausesDecisionClock());
        c.chainPolicy = policy.reference().toString();
        c.clock = CaseClock.start(today, 0);
        enterStep(c, 0, today);
    }

    /** The case moves to the step at {@code position}; true when that starts a public notice. */
    boolean enterStep(ReviewCase c, int position, LocalDate today) {
        ReviewChainStep step = c.chain.step(position);
        c.stepPosition = position;
        c.office = step.office();
        c.officeRegion = offices.regionOf(c.ownerTownship, step.office());
        boolean notice = step.step() == ReviewStep.PUBLIC_NOTICE;
        if (notice) {
            startNotice(c, step, position, today);
        } else {
            c.state = CaseState.IN_REVIEW;
            clearNotice(c);
            c.clock = c.clock.resume(today).withBudget(c.chain.budgetThrough(position));
            c.due(c.clock.due(deadlines.days()));
        }
        store.startStep(c, position, step, c.officeRegion, today, c.dueDate);
        return notice;
    }

    private void startNotice(ReviewCase c, ReviewChainStep step, int position, LocalDate today) {
        c.state = CaseState.IN_PUBLIC_NOTICE;
        c.noticeStartedOn = today;
        c.noticeDays = step.workingDays();
        WorkingDayDate ends = deadlines.plus(today, step.workingDays());
        c.noticeEndsOn = ends.date();
        if (c.chain.noticePausesClock()) {
            c.clock = c.clock.pause(today, deadlines.days());
            c.due(ends);
        } else {
            c.clock = c.clock.resume(today).withBudget(c.chain.budgetThrough(position));
            c.due(c.clock.due(deadlines.days()));
        }
    }

    private static void clearNotice(ReviewCase c) {
        c.noticeStartedOn = null;
        c.noticeEndsOn = null;
        c.noticeDays = null;
    }

    /** Back to the applicant: the clock stops, the correction window of the owning township's policy opens. */
    void returnForCorrection(ReviewCase c, List<CorrectionItem> items, String note, LocalDate today) {
        c.resumeWorklist = c.worklist();
        c.state = CaseState.RETURNED;
        c.correctionStartedOn = today;
        c.correctionDays = policyOf(c.ownerTownship, today).correctionWorkingDays();
        c.correctionItems = List.copyOf(items);
        c.correctionNote = note;
        c.clock = c.clock.pause(today, deadlines.days());
        c.due(deadlines.plus(today, c.correctionDays));
    }

    /** The correction came in: back to where the case was returned from, with the days used kept. */
    void resume(ReviewCase c, LocalDate today) {
        c.state = c.resumeWorklist == Worklist.TO_ACCEPT ? CaseState.TO_ACCEPT : CaseState.IN_REVIEW;
        c.resumeWorklist = null;
        c.correctionStartedOn = null;
        c.correctionDays = null;
        c.correctionItems = List.of();
        c.correctionNote = null;
        c.clock = c.clock.resume(today);
        c.due(c.clock.due(deadlines.days()));
        if (c.state == CaseState.IN_REVIEW) {
            store.redueStep(c.applicationId, c.dueDate);
        }
    }

    /** The due date again from what is stored, after a calendar year got its schedule. */
    WorkingDayDate recomputedDue(ReviewCase c) {
        if (c.state == CaseState.RETURNED) {
            return deadlines.plus(c.correctionStartedOn, c.correctionDays);
        }
        if (c.state == CaseState.IN_PUBLIC_NOTICE && !c.clock.running()) {
            return deadlines.plus(c.noticeStartedOn, c.noticeDays);
        }
        return c.clock.due(deadlines.days());
    }
}
