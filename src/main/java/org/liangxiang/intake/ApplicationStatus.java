package org.liangxiang.intake;

import java.util.EnumSet;
import java.util.Set;

/** The coarse status of an application as the applicant sees it; review keeps the finer state of the case. */
public enum ApplicationStatus {
    /** Not yet submitted. */
    DRAFT,
    /** Submitted, waiting for acceptance. */
    SUBMITTED,
    /** Waiting for the applicant's correction (before or after acceptance). */
    RETURNED,
    /** Accepted, in the review chain. */
    IN_REVIEW,
    /** Every requested subsidy approved or refused. */
    DECIDED,
    /** Acceptance refused. */
    NOT_ACCEPTED,
    /** Withdrawn by the applicant. */
    WITHDRAWN,
    /** Left uncorrected past the correction deadline. */
    LAPSED;

    static final Set<ApplicationStatus> WITHDRAWABLE = EnumSet.of(SUBMITTED, RETURNED, IN_REVIEW);
    static final Set<ApplicationStatus> MATERIALS_CHANGEABLE = EnumSet.of(DRAFT, SUBMITTED, RETURNED);

    /** Submitted and not ended: the one-open-application rule counts it. */
    public boolean open() {
        return this == SUBMITTED || this == RETURNED || this == IN_REVIEW;
    }
}
