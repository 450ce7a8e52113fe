package org.liangxiang.eligibility;

/** What a contact attempt came to. Stored by name. */
public enum ContactOutcome {
    REACHED,
    NOT_REACHED,
    CALL_BACK,
    INFORMED
}
