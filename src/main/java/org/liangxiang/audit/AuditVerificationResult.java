package org.liangxiang.audit;

/**
 * What a verification of the audit trail found.
 *
 * @param ok true when every record checked matches its seal, no sealed record is missing and every checkpoint's
 *     signature and head hash hold
 * @param recordsChecked sealed records whose hash was recomputed
 * @param unsealedRecords records after the last seal, not yet sealed by the job (not checked)
 * @param fromSeq the chain was checked from the record after this one (0: from the beginning; otherwise the last
 *     record removed by the retention purge, or the start of the range asked for)
 * @param sealedUpTo the last sealed record found intact (where the check stopped, when it found a problem)
 * @param lastCheckpoint the newest checkpoint, or null when there is none yet
 * @param problem the first problem, in seq order, or null when {@code ok}
 */
public record AuditVerificationResult(
        boolean ok,
        long recordsChecked,
        long unsealedRecords,
        long fromSeq,
        long sealedUpTo,
        AuditCheckpoint lastCheckpoint,
        Problem problem) {

    /** The first thing found wrong: at which record, what kind, and in words. */
    public record Problem(long seq, Kind kind, String detail) {}

    public enum Kind {
        /** The record's content (or its seal) changed after sealing: the recomputed hash differs. */
        ALTERED,
        /** A sealed record is missing. */
        REMOVED,
        /** A sealed record sits at another record's seq, or its time runs backwards against its predecessor. */
        OUT_OF_ORDER,
        /** A record (or a seal) appeared among sealed records that the sealing job never saw. */
        INSERTED,
        /** A checkpoint's SM2 signature does not verify with the system's keys. */
        CHECKPOINT_SIGNATURE_INVALID,
        /** A correctly signed checkpoint names a head hash the chain does not reach: the chain was rewritten. */
        CHECKPOINT_MISMATCH
    }
}
