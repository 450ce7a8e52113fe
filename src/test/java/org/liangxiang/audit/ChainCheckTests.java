package org.liangxiang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.audit.AuditVerificationResult.Kind;
import org.liangxiang.shared.crypto.SoftwareKeyService;

/** Every kind of damage, done to generated trails (seeded), is found at the right seq; intact trails pass. */
class ChainCheckTests {

    private static final int SEEDS = 25;
    private static SoftwareKeyService keys;
    private static SoftwareKeyService otherKeys;

    @BeforeAll
    static void keys() {
        keys = ChainFixture.newKeys();
        otherKeys = ChainFixture.newKeys();
    }

    private static ChainFixture trail(long seed) {
        return ChainFixture.generate(seed, 40 + (int) (seed % 30), keys);
    }

    @Test
    void intactTrailsVerify() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            ChainFixture trail = trail(seed);
            AuditVerificationResult result = trail.verify();
            assertThat(result.ok()).as("seed %d: %s", seed, result.problem()).isTrue();
            assertThat(result.recordsChecked()).isEqualTo(trail.records.size());
            assertThat(result.sealedUpTo()).isEqualTo(trail.records.lastKey());
            assertThat(result.lastCheckpoint().upToSeq()).isEqualTo(trail.records.lastKey());
        }
    }

    @Test
    void recordsAfterTheLastSealAreCountedNotFlagged() {
        ChainFixture trail = trail(7);
        StoredRecord last = trail.records.lastEntry().getValue();
        for (int i = 1; i <= 3; i++) {
            trail.records.put(
                    last.seq() + i,
                    trail.randomRecord(last.seq() + i, last.occurredAt().plusSeconds(i)));
        }
        AuditVerificationResult result = trail.verify();
        assertThat(result.ok()).isTrue();
        assertThat(result.unsealedRecords()).isEqualTo(3);
    }

    @Test
    void timesCrossingWithinTheToleranceAreAccepted() {
        ChainFixture trail = trail(11);
        long seq = trail.randomInnerSeq();
        StoredRecord previous = trail.records.lowerEntry(seq).getValue();
        backdate(trail, seq, previous.occurredAt().minusMillis(10));
        trail.sealAll();
        trail.resignCheckpoints();
        assertThat(trail.verify().ok()).isTrue();
    }

    @Test
    void aRangeStartsFromTheSealBeforeIt() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            ChainFixture trail = trail(seed);
            long from = trail.randomInnerSeq();
            SealRow before = trail.seals.lowerEntry(from).getValue();
            AuditVerificationResult result = trail.verifyFrom(before.seq(), before.hash());
            assertThat(result.ok()).isTrue();
            assertThat(result.recordsChecked())
                    .isEqualTo(trail.records.tailMap(from, true).size());
            assertThat(result.fromSeq()).isEqualTo(before.seq());
        }
    }

    @Test
    void aRangeFromAForgedStartingHashFailsAtTheFirstRecord() {
        ChainFixture trail = trail(3);
        long from = trail.randomInnerSeq();
        SealRow before = trail.seals.lowerEntry(from).getValue();
        AuditVerificationResult result = trail.verifyFrom(before.seq(), new byte[32]);
        assertThat(result.ok()).isFalse();
        assertThat(result.problem().seq()).isIn(from, before.seq());
    }

    enum Damage {
        ALTER_FIELD,
        ALTER_SEAL,
        DELETE_RECORD,
        DELETE_RECORD_AND_SEAL,
        SWAP_WITH_NEXT,
        FILL_GAP,
        BACKDATE_AND_RESEAL,
        FORGE_CHECKPOINT_SIGNATURE,
        REWRITE_CHAIN,
        DROP_TAIL
    }

    @ParameterizedTest(name = "{0} is reported as {1}")
    @CsvSource({
        "ALTER_FIELD,                ALTERED",
        "ALTER_SEAL,                 ALTERED",
        "DELETE_RECORD,              REMOVED",
        "DELETE_RECORD_AND_SEAL,     REMOVED",
        "SWAP_WITH_NEXT,             OUT_OF_ORDER",
        "FILL_GAP,                   INSERTED",
        "BACKDATE_AND_RESEAL,        OUT_OF_ORDER",
        "FORGE_CHECKPOINT_SIGNATURE, CHECKPOINT_SIGNATURE_INVALID",
        "REWRITE_CHAIN,              CHECKPOINT_MISMATCH",
        "DROP_TAIL,                  REMOVED"
    })
    void damageIsReportedAtItsSeq(Damage damage, Kind expected) {
        for (long seed = 1; seed <= SEEDS; seed++) {
            ChainFixture trail = trail(seed);
            long at = apply(damage, trail);
            AuditVerificationResult result = trail.verify();
            assertThat(result.ok()).as("seed %d", seed).isFalse();
            assertThat(result.problem().kind())
                    .as("seed %d: %s", seed, result.problem())
                    .isEqualTo(expected);
            assertThat(result.problem().seq()).as("seed %d", seed).isEqualTo(at);
        }
    }

    /** Damages the trail; returns the seq where the damage must be reported. */
    private static long apply(Damage damage, ChainFixture trail) {
        Random random = trail.random();
        switch (damage) {
            case ALTER_FIELD -> {
                long seq = trail.randomSealedSeq();
                trail.records.put(seq, alterOneField(trail.records.get(seq), random));
                return seq;
            }
            case ALTER_SEAL -> {
                long seq = trail.randomSealedSeq();
                SealRow seal = trail.seals.get(seq);
                byte[] hash = seal.hash().clone();
                hash[random.nextInt(hash.length)] ^= 1;
                trail.seals.put(seq, new SealRow(seq, seal.prevSeq(), seal.recordId(), hash));
                return seq;
            }
            case DELETE_RECORD -> {
                long seq = trail.randomSealedSeq();
                trail.records.remove(seq);
                return seq;
            }
            case DELETE_RECORD_AND_SEAL -> {
                long seq = trail.randomSealedSeq();
                trail.records.remove(seq);
                trail.seals.remove(seq);
                return seq;
            }
            case SWAP_WITH_NEXT -> {
                long a = trail.randomInnerSeq();
                long b = trail.records.higherKey(a);
                StoredRecord ra = trail.records.get(a);
                StoredRecord rb = trail.records.get(b);
                trail.records.put(a, withSeq(rb, a));
                trail.records.put(b, withSeq(ra, b));
                return a;
            }
            case FILL_GAP -> {
                long last = trail.seals.lastKey();
                List<Long> gaps = LongStream.rangeClosed(1, last)
                        .filter(s -> !trail.records.containsKey(s))
                        .boxed()
                        .toList();
                long gap = gaps.get(random.nextInt(gaps.size()));
                trail.records.put(
                        gap,
                        trail.randomRecord(
                                gap,
                                trail.records.lowerEntry(gap) == null
                                        ? trail.records.firstEntry().getValue().occurredAt()
                                        : trail.records
                                                .lowerEntry(gap)
                                                .getValue()
                                                .occurredAt()));
                return gap;
            }
            case BACKDATE_AND_RESEAL -> {
                long seq = trail.randomInnerSeq();
                StoredRecord previous = trail.records.lowerEntry(seq).getValue();
                backdate(
                        trail,
                        seq,
                        previous.occurredAt().minus(ChainFixture.TOLERANCE).minusSeconds(1));
                trail.sealAll();
                trail.resignCheckpoints();
                return seq;
            }
            case FORGE_CHECKPOINT_SIGNATURE -> {
                List<CheckpointRow> all = new ArrayList<>(trail.checkpoints.values());
                CheckpointRow c = all.get(random.nextInt(all.size()));
                trail.checkpoints.put(
                        c.upToSeq(),
                        new CheckpointRow(
                                c.upToSeq(),
                                c.headHash(),
                                c.createdAt(),
                                otherKeys.sign(c.message()),
                                otherKeys.verificationKeyHex()));
                return c.upToSeq();
            }
            case REWRITE_CHAIN -> {
                long seq = trail.randomSealedSeq();
                trail.records.put(seq, alterOneField(trail.records.get(seq), random));
                trail.sealAll();
                return trail.checkpoints.ceilingKey(seq);
            }
            case DROP_TAIL -> {
                long from = trail.randomInnerSeq();
                trail.records.tailMap(from, true).clear();
                trail.seals.tailMap(from, true).clear();
                return trail.checkpoints.ceilingKey(from);
            }
        }
        throw new IllegalArgumentException(damage.name());
    }

    private static void backdate(ChainFixture trail, long seq, java.time.Instant to) {
        StoredRecord r = trail.records.get(seq);
        trail.records.put(
                seq,
                new StoredRecord(
                        r.seq(),
                        r.id(),
                        to,
                        r.type(),
                        r.actorId(),
                        r.actorRole(),
                        r.actorOffice(),
                        r.objectType(),
                        r.objectId(),
                        r.before(),
                        r.after(),
                        r.reason(),
                        r.sourceAddress(),
                        r.bulkCount(),
                        r.bulkDigest()));
    }

    private static StoredRecord withSeq(StoredRecord r, long seq) {
        return new StoredRecord(
                seq,
                r.id(),
                r.occurredAt(),
                r.type(),
                r.actorId(),
                r.actorRole(),
                r.actorOffice(),
                r.objectType(),
                r.objectId(),
                r.before(),
                r.after(),
                r.reason(),
                r.sourceAddress(),
                r.bulkCount(),
                r.bulkDigest());
    }

    private static StoredRecord alterOneField(StoredRecord r, Random random) {
        Map<Integer, StoredRecord> variants = Map.of(
                0,
                        new StoredRecord(
                                r.seq(),
                                UUID.randomUUID(),
                                r.occurredAt(),
                                r.type(),
                                r.actorId(),
                                r.actorRole(),
                                r.actorOffice(),
                                r.objectType(),
                                r.objectId(),
                                r.before(),
                                r.after(),
                                r.reason(),
                                r.sourceAddress(),
                                r.bulkCount(),
                                r.bulkDigest()),
                1,
                        new StoredRecord(
                                r.seq(),
                                r.id(),
                                r.occurredAt().plusNanos(1000),
                                r.type(),
                                r.actorId(),
                                r.actorRole(),
                                r.actorOffice(),
                                r.objectType(),
                                r.objectId(),
                                r.before(),
                                r.after(),
                                r.reason(),
                                r.sourceAddress(),
                                r.bulkCount(),
                                r.bulkDigest()),
                2,
                        new StoredRecord(
                                r.seq(),
                                r.id(),
                                r.occurredAt(),
                                r.type(),
                                r.actorId() + "x",
                                r.actorRole(),
                                r.actorOffice(),
                                r.objectType(),
                                r.objectId(),
                                r.before(),
                                r.after(),
                                r.reason(),
                                r.sourceAddress(),
                                r.bulkCount(),
                                r.bulkDigest()),
                3,
                        new StoredRecord(
                                r.seq(),
                                r.id(),
                                r.occurredAt(),
                                r.type(),
                                r.actorId(),
                                r.actorRole(),
                                r.actorOffice(),
                                r.objectType(),
                                r.objectId(),
                                r.before(),
                                r.after() == null ? "" : null,
                                r.reason(),
                                r.sourceAddress(),
                                r.bulkCount(),
                                r.bulkDigest()),
                4,
                        new StoredRecord(
                                r.seq(),
                                r.id(),
                                r.occurredAt(),
                                r.type(),
                                r.actorId(),
                                r.actorRole(),
                                r.actorOffice(),
                                r.objectType(),
                                r.objectId(),
                                r.before(),
                                r.after(),
                                r.reason() == null ? "forged" : r.reason() + " ",
                                r.sourceAddress(),
                                r.bulkCount(),
                                r.bulkDigest()),
                5,
                        new StoredRecord(
                                r.seq(),
                                r.id(),
                                r.occurredAt(),
                                r.type(),
                                r.actorId(),
                                r.actorRole(),
                                r.actorOffice(),
                                r.objectType(),
                                r.objectId(),
                                r.before(),
                                r.after(),
                                r.reason(),
                                r.sourceAddress(),
                                r.bulkCount() == null ? 0L : r.bulkCount() + 1,
                                r.bulkDigest() == null ? new byte[32] : r.bulkDigest()));
        return variants.get(random.nextInt(variants.size()));
    }
}
