package org.liangxiang.eligibility;

/** What a rule says about a person: the condition holds, it does not, or the data cannot tell. Stored by name. */
public enum Outcome {
    PASS,
    FAIL,
    CANNOT_TELL
}
