package org.liangxiang.eligibility;

/** An outreach task is open until the staff assistant records its end. Stored by name. */
public enum OutreachStatus {
    OPEN,
    CLOSED
}
