package org.liangxiang.policy;

/** A step of the review chain after acceptance. */
public enum ReviewStep {
    /** 初审: the township (sub-district) checks the application. */
    TOWNSHIP_CHECK,
    /** 审核: the county disabled persons' federation checks certificate, category and level. */
    FEDERATION_REVIEW,
    /** 公示: the names are publicly posted for objections (only where the region has one). */
    PUBLIC_NOTICE,
    /** 审定: the county civil-affairs bureau decides, using the household economic-status check. */
    CIVIL_AFFAIRS_DECISION
}
