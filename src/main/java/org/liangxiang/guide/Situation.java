package org.liangxiang.guide;

/** A circumstance of an application that changes which materials are needed. */
public enum Situation {
    /** Someone applies on the person's behalf (guardian, family, village committee, authorised agent: 代办). */
    AGENT_APPLYING,
    /** The subsidy is paid into a guardian's account (minors, people under guardianship). */
    GUARDIAN_ACCOUNT,
    /** A renewal after the certificate expired or was re-issued. */
    RENEWAL
}
