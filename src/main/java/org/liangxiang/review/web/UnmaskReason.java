package org.liangxiang.review.web;

/** Why a staff member had the person shown in full: a code for the audit trail, never free text. */
enum UnmaskReason {
    /** Comparing with the identity card or household register in front of the clerk. */
    COMPARE_WITH_IDENTITY_DOCUMENT,
    /** Comparing with an uploaded material. */
    COMPARE_WITH_MATERIAL,
    /** Speaking with the person or their agent (telephone or window). */
    CONTACT_WITH_APPLICANT,
    /** Checking with another register (civil affairs, household registration). */
    CHECK_WITH_REGISTER
}
