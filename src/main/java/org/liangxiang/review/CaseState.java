package org.liangxiang.review;

/**
 * Where a case is (docs/review.md). Stored by name. The first six are open; the last four end the case.
 */
public enum CaseState {
    /** Submitted, waiting for the receiving township to accept, return or refuse it. */
    TO_ACCEPT,
    /** Returned for correction: waiting for the applicant; the clock is paused. */
    RETURNED,
    /** Accepted; the household registration is in another county of the province: to forward to the home township. */
    TO_FORWARD,
    /** Accepted; the household registration is in another province: waits for the exchange to forward it there. */
    TO_FORWARD_TO_PROVINCE,
    /** At a step of the review chain (township check, federation review, civil-affairs decision). */
    IN_REVIEW,
    /** In public notice: objections may be recorded until the period is over. */
    IN_PUBLIC_NOTICE,
    /** Every requested subsidy approved or refused. */
    DECIDED,
    /** Acceptance refused. */
    NOT_ACCEPTED,
    /** Withdrawn by the applicant. */
    WITHDRAWN,
    /** Left uncorrected past the correction due date. */
    LAPSED;

    public boolean open() {
        return ordinal() <= IN_PUBLIC_NOTICE.ordinal();
    }
}
