package org.liangxiang.audit;

/**
 * The append-only audit trail. Every module calls {@link #record} inside the transaction of the change it records, so
 * the record and the change commit or roll back together. Refused requests (a failed sign-in, a denial) are recorded
 * in a transaction of their own with {@link #recordAlone}.
 */
public interface AuditTrail {

    /** Appends the entry in the caller's transaction (it joins one; it requires one to exist). */
    void record(AuditEntry entry);

    /**
     * Appends the entries, in their order, in the caller's transaction with one statement (an act that records several
     * changes at once, e.g. a decision on both subsidies); as {@link #record} for each.
     */
    void recordAll(java.util.List<AuditEntry> entries);

    /** Appends the entry in a new transaction of its own, committed whatever the caller's transaction does. */
    void recordAlone(AuditEntry entry);

    /**
     * Records a bulk operation as one entry with an SM3 digest of what it touched (e.g. the sorted ids), so a million
     * rows changed by one statement cost one audit record.
     */
    void recordBulk(AuditEntry entry, long count, byte[] digestOfTouched);
}
