package org.liangxiang.eligibility;

/** What a rule would need to tell: a source not loaded for the person's region, or something data cannot say. */
public enum Missing {
    CERTIFICATE_DATA,
    ASSISTANCE_DATA,
    DEATH_DATA,
    WORK_INJURY_CARE_DATA,
    ORPHAN_GUARANTEE_DATA,
    SIMILAR_ALLOWANCE_DATA,
    ELSEWHERE_DATA,
    OPEN_APPLICATION_ELSEWHERE_DATA,
    BENEFICIARY_DATA,
    /** The rule judges the certificate, and there is no valid one. */
    VALID_CERTIFICATE,
    /** The region admits "other hardship", which staff assess; no data says it. */
    OTHER_HARDSHIP_ASSESSMENT,
    /** 择高 needs both monthly amounts, and one is not known. */
    AMOUNTS;

    static Missing dataOf(ReferenceSource source) {
        return switch (source) {
            case CERTIFICATE -> CERTIFICATE_DATA;
            case ASSISTANCE_STATUS -> ASSISTANCE_DATA;
            case DEATH -> DEATH_DATA;
            case WORK_INJURY_CARE -> WORK_INJURY_CARE_DATA;
            case ORPHAN_GUARANTEE -> ORPHAN_GUARANTEE_DATA;
            case SIMILAR_ALLOWANCE -> SIMILAR_ALLOWANCE_DATA;
            case BENEFICIARY_ELSEWHERE -> ELSEWHERE_DATA;
            case OPEN_APPLICATION_ELSEWHERE -> OPEN_APPLICATION_ELSEWHERE_DATA;
            case BENEFICIARY -> BENEFICIARY_DATA;
        };
    }
}
