package org.liangxiang.audit;

/**
 * The append-only audit trail. Every module calls {@link #record} inside the transaction of the change it records, so
 * the record and the change commit or roll back together: a transaction's records are kept, in order, and written by
 * one insert just before it commits (a failed insert fails the commit; a read of the trail in the transaction sees
 * them). Refused requests (a failed sign-in, a denial) are recorded in a transaction of their own with
 * {@link #recordAlone}.
 */
public interface AuditTrail {

    /**
     * Appends the entry in the caller's transaction (it joins one; it requires one to exist), written with the
     * transaction's other records when it commits.
     */
    void record(AuditEntry entry);

    /**
     * Appends the entries, in their order, in the caller's transaction (an act that records several changes at once,
     * e.g. a decision on both subsidies); as {@link #record} for each.
     */
    void recordAll(java.util.List<AuditEntry> entries);

    /**
     * Appends the entry in a new transaction of its own, committed whatever the caller's transaction does (written at
     * once).
     */
    void recordAlone(AuditEntry entry);

    /**
     * Records a bulk operation as one entry with an SM3 digest of what it touched (e.g. the sorted ids), so a million
     * rows changed by one statement cost one audit record. Joins the caller's transaction and is written with its
     * other records, as {@link #record}.
     */
    void recordBulk(AuditEntry entry, long count, byte[] digestOfTouched);
}
