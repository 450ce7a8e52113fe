package org.liangxiang.eligibility;

/** How the staff assistant tried to reach the person. Stored by name. */
public enum ContactChannel {
    PHONE,
    VISIT,
    SMS,
    LETTER,
    OTHER
}
