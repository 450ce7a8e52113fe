package org.liangxiang.eligibility;

/** Where an import stands. Stored by name. */
public enum ImportStatus {
    /** Received, waiting for a worker. */
    QUEUED,
    /** Rows being read, validated and staged. */
    READING,
    /** Every row valid; being applied in one transaction. */
    APPLYING,
    /** Applied: the counts say what changed. */
    APPLIED,
    /** Bad rows: nothing applied; the errors name them. */
    REJECTED,
    /** The same file was applied before for the source and region: nothing changed. */
    UNCHANGED,
    /** Something other than the file went wrong; nothing applied. */
    FAILED;

    public boolean finished() {
        return this == APPLIED || this == REJECTED || this == UNCHANGED || this == FAILED;
    }
}
