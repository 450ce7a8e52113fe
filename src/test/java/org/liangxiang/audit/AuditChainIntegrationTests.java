package org.liangxiang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.audit.AuditVerificationResult.Kind;
import org.liangxiang.shared.crypto.KeyService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sealing and verification on the real database; then the trail is damaged as the schema owner could, and verification
 * must name the damage and where it is. Each test checks from its own first record and repairs what it damaged.
 */
@IntegrationTest
class AuditChainIntegrationTests {

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditRecords records;

    @Autowired
    AuditSealer sealer;

    @Autowired
    AuditVerification verification;

    @Autowired
    Environment env;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    KeyService keys;

    private static AuditEntry step(String object, int i) {
        return AuditEntry.of("TEST_STEP", "tester")
                .withObject("TEST", object)
                .withChange("S" + i, "S" + (i + 1))
                .withReason("step " + i);
    }

    /** Records {@code n} entries of a new object, each committed alone, and seals; returns their seqs. */
    private List<Long> recordAndSeal(int n) {
        String object = UUID.randomUUID().toString();
        for (int i = 0; i < n; i++) {
            trail.recordAlone(step(object, i));
        }
        sealer.sealNow();
        return seqsOf(object);
    }

    private List<Long> seqsOf(String object) {
        return records.forObject("TEST", object).stream()
                .map(AuditRecordView::seq)
                .toList();
    }

    private long sealedAmong(List<Long> seqs) {
        return jdbc.sql("SELECT count(*) FROM audit_seal WHERE seq BETWEEN :first AND :last")
                .param("first", seqs.get(0))
                .param("last", seqs.get(seqs.size() - 1))
                .query(Long.class)
                .single();
    }

    private void assertIntactFrom(long seq) {
        AuditVerificationResult result = verification.verifyFrom(seq);
        assertThat(result.ok()).as("%s", result.problem()).isTrue();
    }

    private void assertProblem(long from, Kind kind, long at) {
        AuditVerificationResult result = verification.verifyFrom(from);
        assertThat(result.ok()).isFalse();
        assertThat(result.problem().kind()).as("%s", result.problem()).isEqualTo(kind);
        assertThat(result.problem().seq()).isEqualTo(at);
    }

    @Test
    void aSealedTrailVerifiesFromItsOwnRecordsAndAsAWhole() {
        List<Long> seqs = recordAndSeal(3);
        assertThat(sealedAmong(seqs)).isGreaterThanOrEqualTo(3);
        AuditCheckpoint checkpoint = sealer.checkpointNow();
        assertThat(checkpoint.upToSeq()).isGreaterThanOrEqualTo(seqs.get(2));
        assertThat(keys.verify(
                        ChainFormat.checkpointMessage(
                                checkpoint.upToSeq(),
                                java.util.HexFormat.of().parseHex(checkpoint.headHash()),
                                checkpoint.createdAt()),
                        jdbc.sql("SELECT signature FROM audit_checkpoint WHERE up_to_seq = :seq")
                                .param("seq", checkpoint.upToSeq())
                                .query(byte[].class)
                                .single()))
                .isTrue();

        AuditVerificationResult mine = verification.verifyFrom(seqs.get(0));
        assertThat(mine.ok()).as("%s", mine.problem()).isTrue();
        assertThat(mine.recordsChecked()).isGreaterThanOrEqualTo(3);
        assertThat(mine.lastCheckpoint().upToSeq()).isGreaterThanOrEqualTo(checkpoint.upToSeq());
        AuditVerificationResult whole = verification.verify();
        assertThat(whole.ok()).as("%s", whole.problem()).isTrue();
        assertThat(whole.recordsChecked()).isGreaterThanOrEqualTo(mine.recordsChecked());
    }

    @Test
    void sealingAgainChangesNothing() {
        List<Long> seqs = recordAndSeal(2);
        List<byte[]> before = jdbc.sql("SELECT hash FROM audit_seal WHERE seq IN (:seqs) ORDER BY seq")
                .param("seqs", seqs)
                .query(byte[].class)
                .list();
        sealer.sealNow();
        assertThat(jdbc.sql("SELECT hash FROM audit_seal WHERE seq IN (:seqs) ORDER BY seq")
                        .param("seqs", seqs)
                        .query(byte[].class)
                        .list())
                .containsExactlyElementsOf(before);
        AuditCheckpoint first = sealer.checkpointNow();
        assertThat(sealer.checkpointNow()).isEqualTo(first);
    }

    @Test
    void twoSealersAtOnceBuildOneChain() throws Exception {
        String object = UUID.randomUUID().toString();
        for (int i = 0; i < 30; i++) {
            trail.recordAlone(step(object, i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Long> one = CompletableFuture.supplyAsync(sealer::sealNow, pool);
            CompletableFuture<Long> two = CompletableFuture.supplyAsync(sealer::sealNow, pool);
            CompletableFuture.allOf(one, two).get(2, TimeUnit.MINUTES);
        } finally {
            pool.shutdown();
        }
        List<Long> seqs = seqsOf(object);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_seal WHERE seq IN (:seqs)")
                        .param("seqs", seqs)
                        .query(Long.class)
                        .single())
                .isEqualTo(30);
        assertIntactFrom(seqs.get(0));
    }

    @Test
    void aRecordStillInAnOpenTransactionHoldsSealingBackUntilItEnds() throws Exception {
        AuditSealer impatient = new AuditSealer(
                jdbc,
                jdbcTemplate,
                transactions,
                keys,
                new AuditProperties(null, null, Duration.ofMillis(300), null, null, null, null));
        String object = UUID.randomUUID().toString();
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            CompletableFuture<Void> slow = CompletableFuture.runAsync(
                    () -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                        trail.record(step(object, 0));
                        // its records written (their number taken), not committed yet: kept rows would otherwise go
                        // with the COMMIT itself (shared.database.CommitWithInserts)
                        status.flush();
                        recorded.countDown();
                        await(release);
                    }),
                    pool);
            recorded.await(1, TimeUnit.MINUTES);
            trail.recordAlone(step(object, 1));
            long later = seqsOf(object).get(0);

            assertThat(impatient.sealNow()).isZero();
            assertThat(jdbc.sql("SELECT count(*) FROM audit_seal WHERE seq >= :seq")
                            .param("seq", later)
                            .query(Long.class)
                            .single())
                    .isZero();

            release.countDown();
            slow.get(1, TimeUnit.MINUTES);
        } finally {
            release.countDown();
            pool.shutdown();
        }
        sealer.sealNow();
        List<Long> seqs = seqsOf(object);
        assertThat(seqs).hasSize(2);
        assertThat(seqs.get(0)).isLessThan(seqs.get(1));
        assertThat(sealedAmong(seqs)).isGreaterThanOrEqualTo(2);
        assertIntactFrom(seqs.get(0));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void aRolledBackNumberIsALegitimateGapButARecordPutThereIsInserted() throws Exception {
        String object = UUID.randomUUID().toString();
        trail.recordAlone(step(object, 0));
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            trail.record(step(object, 1));
            status.flush(); // written now, as a read of the trail in the transaction would: its number taken
            status.setRollbackOnly();
        });
        trail.recordAlone(step(object, 2));
        sealer.sealNow();
        List<Long> seqs = seqsOf(object);
        long gap = jdbc.sql("""
                        SELECT g FROM generate_series(:first, :last) g
                         WHERE NOT EXISTS (SELECT 1 FROM audit_record WHERE seq = g) ORDER BY g LIMIT 1
                        """)
                .param("first", seqs.get(0))
                .param("last", seqs.get(1))
                .query(Long.class)
                .single();
        assertIntactFrom(seqs.get(0));

        try (OwnerDatabase owner = OwnerDatabase.lockingTheChain(env)) {
            owner.update(
                    "INSERT INTO audit_record (seq, id, occurred_at, type, actor_id)"
                            + " VALUES (?, gen_random_uuid(), now(), 'FORGED', 'intruder')",
                    gap);
            try {
                assertProblem(seqs.get(0), Kind.INSERTED, gap);
            } finally {
                owner.update("DELETE FROM audit_record WHERE seq = ?", gap);
            }
        }
        assertIntactFrom(seqs.get(0));
    }

    @Test
    void anAlteredRecordIsReportedAtItsSeq() throws Exception {
        List<Long> seqs = recordAndSeal(3);
        long target = seqs.get(1);
        try (OwnerDatabase owner = OwnerDatabase.lockingTheChain(env)) {
            owner.update("UPDATE audit_record SET after_state = 'APPROVED' WHERE seq = ?", target);
            try {
                assertProblem(seqs.get(0), Kind.ALTERED, target);
            } finally {
                owner.update("UPDATE audit_record SET after_state = 'S2' WHERE seq = ?", target);
            }
        }
        assertIntactFrom(seqs.get(0));
    }

    @Test
    void aDeletedRecordIsReportedRemoved() throws Exception {
        List<Long> seqs = recordAndSeal(3);
        long target = seqs.get(1);
        try (OwnerDatabase owner = OwnerDatabase.lockingTheChain(env)) {
            owner.update("CREATE TEMP TABLE saved AS SELECT * FROM audit_record WHERE seq = ?", target);
            owner.update("DELETE FROM audit_record WHERE seq = ?", target);
            try {
                assertProblem(seqs.get(0), Kind.REMOVED, target);
            } finally {
                owner.update("INSERT INTO audit_record SELECT * FROM saved");
            }
        }
        assertIntactFrom(seqs.get(0));
    }

    @Test
    void swappedRecordsAreReportedOutOfOrder() throws Exception {
        List<Long> seqs = recordAndSeal(3);
        long a = seqs.get(0);
        long b = seqs.get(1);
        try (OwnerDatabase owner = OwnerDatabase.lockingTheChain(env)) {
            owner.update("CREATE TEMP TABLE saved AS SELECT * FROM audit_record WHERE seq IN (?, ?)", a, b);
            putContent(owner, a, b, b, a);
            try {
                assertProblem(a, Kind.OUT_OF_ORDER, a);
            } finally {
                putContent(owner, a, a, b, b);
            }
        }
        assertIntactFrom(a);
    }

    /** Puts the saved content of record {@code fromA} at seq {@code a} and that of {@code fromB} at seq {@code b}. */
    private static void putContent(OwnerDatabase owner, long a, long fromA, long b, long fromB) throws Exception {
        String copy = """
                UPDATE audit_record r SET (id, occurred_at, type, actor_id, actor_role, actor_office, object_type,
                                           object_id, before_state, after_state, reason, source_address, bulk_count,
                                           bulk_digest)
                     = (SELECT id, occurred_at, type, actor_id, actor_role, actor_office, object_type, object_id,
                               before_state, after_state, reason, source_address, bulk_count, bulk_digest
                          FROM saved s WHERE s.seq = ?)
                 WHERE r.seq = ?
                """;
        owner.update("UPDATE audit_record SET id = gen_random_uuid() WHERE seq IN (?, ?)", a, b);
        owner.update(copy, fromA, a);
        owner.update(copy, fromB, b);
    }

    @Test
    void aForgedCheckpointSignatureIsReported() throws Exception {
        List<Long> seqs = recordAndSeal(2);
        AuditCheckpoint checkpoint = sealer.checkpointNow();
        var forger = ChainFixture.newKeys();
        try (OwnerDatabase owner = OwnerDatabase.lockingTheChain(env)) {
            byte[] original = (byte[])
                    owner.query("SELECT signature FROM audit_checkpoint WHERE up_to_seq = ?", checkpoint.upToSeq())
                            .get(0)[0];
            byte[] forged = forger.sign(ChainFormat.checkpointMessage(
                    checkpoint.upToSeq(),
                    java.util.HexFormat.of().parseHex(checkpoint.headHash()),
                    checkpoint.createdAt()));
            owner.update(
                    "UPDATE audit_checkpoint SET signature = ?, verification_key = ? WHERE up_to_seq = ?",
                    forged,
                    forger.verificationKeyHex(),
                    checkpoint.upToSeq());
            try {
                assertProblem(seqs.get(0), Kind.CHECKPOINT_SIGNATURE_INVALID, checkpoint.upToSeq());
            } finally {
                owner.update(
                        "UPDATE audit_checkpoint SET signature = ?, verification_key = ? WHERE up_to_seq = ?",
                        original,
                        checkpoint.verificationKey(),
                        checkpoint.upToSeq());
            }
        }
        assertIntactFrom(seqs.get(0));
    }

    @Test
    void aRewrittenChainIsCaughtByTheCheckpoint() throws Exception {
        List<Long> seqs = recordAndSeal(3);
        sealer.checkpointNow();
        long target = seqs.get(1);
        try (OwnerDatabase owner = OwnerDatabase.lockingTheChain(env)) {
            owner.update("CREATE TEMP TABLE saved_seals AS SELECT seq, hash FROM audit_seal WHERE seq >= ?", target);
            long checkpointAt =
                    (Long) owner.query("SELECT min(up_to_seq) FROM audit_checkpoint WHERE up_to_seq >= ?", target)
                            .get(0)[0];
            owner.update("UPDATE audit_record SET after_state = 'APPROVED' WHERE seq = ?", target);
            try {
                resealFrom(owner, target);
                assertProblem(seqs.get(0), Kind.CHECKPOINT_MISMATCH, checkpointAt);
            } finally {
                owner.update("UPDATE audit_record SET after_state = 'S2' WHERE seq = ?", target);
                owner.update("UPDATE audit_seal s SET hash = v.hash FROM saved_seals v WHERE s.seq = v.seq");
            }
        }
        assertIntactFrom(seqs.get(0));
    }

    /** What a forger with the owner's rights does after changing a record: recompute every seal from there on. */
    private static void resealFrom(OwnerDatabase owner, long seq) throws Exception {
        byte[] previous = (byte[]) owner.query(
                        "SELECT p.hash FROM audit_seal s JOIN audit_seal p ON p.seq = s.prev_seq WHERE s.seq = ?", seq)
                .get(0)[0];
        List<Long> sealed = owner.query("SELECT seq FROM audit_seal WHERE seq >= ? ORDER BY seq", seq).stream()
                .map(row -> (Long) row[0])
                .toList();
        for (StoredRecord record : owner.records(seq)) {
            if (sealed.contains(record.seq())) {
                previous = ChainFormat.link(previous, record);
                owner.update("UPDATE audit_seal SET hash = ? WHERE seq = ?", previous, record.seq());
            }
        }
    }
}
