package org.liangxiang.audit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import org.liangxiang.audit.AuditVerificationResult.Kind;
import org.liangxiang.audit.AuditVerificationResult.Problem;

/**
 * Walks records and seals in seq order from a trusted starting point (the genesis, a purge anchor or a seal) and
 * stops at the first problem. Knows nothing of the database, so that every kind of damage can be tested on its own.
 */
final class ChainCheck {

    private final long startSeq;
    private final long maxSealed;
    private final Deque<CheckpointRow> checkpoints;
    private final Predicate<CheckpointRow> signatureValid;
    private final Function<UUID, OptionalLong> sealedSeqOf;
    private final Duration clockTolerance;

    private long prevSeq;
    private byte[] prevHash;
    private Instant prevTime;
    private long checked;
    private long unsealed;
    private Problem problem;

    /**
     * @param startSeq the trusted record before the range (0 for the genesis)
     * @param startHash the chain hash at {@code startSeq}
     * @param checkpoints the checkpoints with {@code upToSeq >= startSeq}, in seq order
     * @param maxSealed the highest sealed seq (a record without a seal below it was never sealed by the job)
     * @param sealedSeqOf where a record id is sealed, to tell a moved record from an altered one
     */
    ChainCheck(
            long startSeq,
            byte[] startHash,
            List<CheckpointRow> checkpoints,
            long maxSealed,
            Predicate<CheckpointRow> signatureValid,
            Function<UUID, OptionalLong> sealedSeqOf,
            Duration clockTolerance) {
        this.startSeq = startSeq;
        this.prevSeq = startSeq;
        this.prevHash = startHash;
        this.checkpoints = new ArrayDeque<>(checkpoints);
        this.maxSealed = maxSealed;
        this.signatureValid = signatureValid;
        this.sealedSeqOf = sealedSeqOf;
        this.clockTolerance = clockTolerance;
        checkpointsUpTo(startSeq);
    }

    /** Takes the next seq's record and seal (either may be null); false once a problem has been found. */
    boolean accept(StoredRecord record, SealRow seal) {
        if (problem != null) {
            return false;
        }
        long seq = record != null ? record.seq() : seal.seq();
        if (!checkpointsUpTo(seq - 1)) {
            return false;
        }
        if (record == null) {
            return fail(seq, Kind.REMOVED, "the sealed record is missing");
        }
        if (seal == null) {
            if (seq <= maxSealed) {
                return fail(seq, Kind.INSERTED, "a record without a seal among sealed records");
            }
            unsealed++;
            return true;
        }
        return link(record, seal) && checkpointsUpTo(seq);
    }

    private boolean link(StoredRecord record, SealRow seal) {
        long seq = record.seq();
        if (seal.prevSeq() > prevSeq) {
            return fail(seal.prevSeq(), Kind.REMOVED, "the sealed record and its seal are missing");
        }
        if (seal.prevSeq() < prevSeq) {
            return fail(prevSeq, Kind.INSERTED, "a sealed record that the next seal does not link to");
        }
        if (!Arrays.equals(ChainFormat.link(prevHash, record), seal.hash())) {
            OptionalLong sealedAt =
                    record.id().equals(seal.recordId()) ? OptionalLong.empty() : sealedSeqOf.apply(record.id());
            if (sealedAt.isPresent() && sealedAt.getAsLong() != seq) {
                return fail(seq, Kind.OUT_OF_ORDER, "holds the record sealed at seq " + sealedAt.getAsLong());
            }
            return fail(seq, Kind.ALTERED, "the record does not match its seal");
        }
        if (prevTime != null && record.occurredAt().isBefore(prevTime.minus(clockTolerance))) {
            return fail(seq, Kind.OUT_OF_ORDER, "occurred at " + record.occurredAt() + ", before its predecessor");
        }
        prevSeq = seq;
        prevHash = seal.hash();
        prevTime = record.occurredAt();
        checked++;
        return true;
    }

    /**
     * Checks the checkpoints up to {@code seq}. One that names a seq other than where the chain stands names a sealed
     * record that is gone (with its seal): checkpoints are only ever made at a seal.
     */
    private boolean checkpointsUpTo(long seq) {
        while (problem == null
                && !checkpoints.isEmpty()
                && checkpoints.peekFirst().upToSeq() <= seq) {
            CheckpointRow checkpoint = checkpoints.removeFirst();
            long at = checkpoint.upToSeq();
            if (!signatureValid.test(checkpoint)) {
                fail(at, Kind.CHECKPOINT_SIGNATURE_INVALID, "the checkpoint's signature does not verify");
            } else if (at != prevSeq) {
                fail(at, Kind.REMOVED, "a checkpoint covers this seq, but its record and seal are missing");
            } else if (!Arrays.equals(checkpoint.headHash(), prevHash)) {
                fail(at, Kind.CHECKPOINT_MISMATCH, "the chain does not reach the checkpoint's head hash");
            }
        }
        return problem == null;
    }

    AuditVerificationResult finish(AuditCheckpoint lastCheckpoint) {
        checkpointsUpTo(Long.MAX_VALUE);
        return new AuditVerificationResult(
                problem == null, checked, unsealed, startSeq, prevSeq, lastCheckpoint, problem);
    }

    private boolean fail(long seq, Kind kind, String detail) {
        problem = new Problem(seq, kind, detail);
        return false;
    }
}
