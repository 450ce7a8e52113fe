package org.liangxiang.review;

/**
 * Why a subsidy is refused: a stable code stored with the outcome and carried by {@code SubsidyRefused}. The
 * plain-language explanation and the policy basis of each are in messages/review*.properties ({@code
 * review.refusal.<CODE>.explanation} and {@code .basis}); a decision notice prints both with the remedies. {@link
 * #OTHER} needs the reviewer's own explanation.
 */
public enum RefusalReason {
    /** No valid (second generation or later) disability certificate. */
    NO_VALID_CERTIFICATE,
    /** The certificate has expired. */
    CERTIFICATE_EXPIRED,
    /** Care subsidy: not level 1 or 2, and the region's extension does not cover the category and level. */
    DISABILITY_NOT_SEVERE,
    /** Care subsidy: no need of long-term care (more than 6 months). */
    NO_LONG_TERM_CARE_NEED,
    /** Living subsidy: not in a 低保 family nor in a status the region has extended the subsidy to. */
    NO_QUALIFYING_STATUS,
    /** In 特困 support (特困人员救助供养). */
    IN_EXTREME_POVERTY_SUPPORT,
    /** Receives the 工伤保险生活护理费. */
    RECEIVES_WORK_INJURY_CARE,
    /** Living subsidy: receives the orphan / 事实无人抚养儿童 living guarantee. */
    RECEIVES_ORPHAN_GUARANTEE,
    /** Receives a higher similar allowance of the same kind (择高). */
    HIGHER_SIMILAR_ALLOWANCE,
    /** Already receives this subsidy elsewhere. */
    ALREADY_RECEIVING,
    /** The person has died. */
    DECEASED,
    /** An objection raised during public notice was found to be true. */
    OBJECTION_UPHELD,
    /** The application contains false information. */
    FALSE_INFORMATION,
    /** Another reason, explained by the reviewer. */
    OTHER
}
