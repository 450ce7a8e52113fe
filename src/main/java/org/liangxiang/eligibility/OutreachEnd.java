package org.liangxiang.eligibility;

/** How an outreach task ends; ASSISTED_APPLICATION opens an application for the person on the assisted channel. Stored by name. */
public enum OutreachEnd {
    NOT_INTERESTED,
    NOT_ELIGIBLE,
    MOVED,
    ASSISTED_APPLICATION
}
