package org.liangxiang.eligibility;

/** A proposal waits for the county, which confirms it (payment acts on it) or dismisses it. Stored by name. */
public enum ProposalStatus {
    PENDING,
    CONFIRMED,
    DISMISSED
}
