package org.liangxiang.intake;

/** Whose account the subsidy is paid into: the person's own, or a guardian's (minors, people under guardianship). */
public enum PayeeHolder {
    PERSON,
    GUARDIAN
}
