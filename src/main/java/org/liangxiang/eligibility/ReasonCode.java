package org.liangxiang.eligibility;

/**
 * Why a rule fails. The names match the review module's refusal reasons where one fits (a reviewer who agrees refuses
 * with the same code); {@link #EXCLUDED_BY_REGIONAL_RULE} covers the exclusions a region adds, and {@link
 * #OPEN_APPLICATION_ELSEWHERE} is no refusal reason at all: the offices agree which one handles the person's
 * application. Stored by name.
 */
public enum ReasonCode {
    NO_VALID_CERTIFICATE,
    CERTIFICATE_EXPIRED,
    DISABILITY_NOT_SEVERE,
    NO_QUALIFYING_STATUS,
    IN_EXTREME_POVERTY_SUPPORT,
    RECEIVES_WORK_INJURY_CARE,
    RECEIVES_ORPHAN_GUARANTEE,
    HIGHER_SIMILAR_ALLOWANCE,
    ALREADY_RECEIVING,
    DECEASED,
    EXCLUDED_BY_REGIONAL_RULE,
    /** An application for the same subsidy is open in another region's system; it is handled there. */
    OPEN_APPLICATION_ELSEWHERE
}
