package org.liangxiang.audit;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.liangxiang.shared.crypto.KeyProperties;
import org.liangxiang.shared.crypto.Sm2;
import org.liangxiang.shared.crypto.Sm3;
import org.liangxiang.shared.crypto.SoftwareKeyService;

/** A generated trail in memory (records with rolled-back gaps, seals, signed checkpoints) to damage and check. */
final class ChainFixture {

    static final Duration TOLERANCE = Duration.ofMinutes(1);

    final TreeMap<Long, StoredRecord> records = new TreeMap<>();
    final TreeMap<Long, SealRow> seals = new TreeMap<>();
    final TreeMap<Long, CheckpointRow> checkpoints = new TreeMap<>();
    final SoftwareKeyService keys;
    private final Random random;

    private ChainFixture(Random random, SoftwareKeyService keys) {
        this.random = random;
        this.keys = keys;
    }

    static SoftwareKeyService newKeys() {
        SecureRandom secure = new SecureRandom();
        byte[] dataKey = new byte[16];
        byte[] indexKey = new byte[32];
        secure.nextBytes(dataKey);
        secure.nextBytes(indexKey);
        return new SoftwareKeyService(new KeyProperties(
                1,
                Map.of(1, Base64.getEncoder().encodeToString(dataKey)),
                Base64.getEncoder().encodeToString(indexKey),
                Sm2.generateKeyPairHex(secure)[0],
                List.of()));
    }

    /** {@code n} records, about one number in eight rolled back, a checkpoint every ten or so and one at the end. */
    static ChainFixture generate(long seed, int n, SoftwareKeyService keys) {
        Random random = new Random(seed);
        ChainFixture fixture = new ChainFixture(random, keys);
        long seq = 0;
        Instant time = Instant.parse("2026-03-01T08:00:00.123456Z");
        for (int i = 0; i < n; i++) {
            seq += random.nextInt(8) == 0 ? 2 + random.nextInt(3) : 1;
            time = time.plusNanos(1_000L * random.nextInt(5_000_000));
            fixture.records.put(seq, fixture.randomRecord(seq, time));
        }
        fixture.sealAll();
        fixture.records.keySet().stream().filter(s -> random.nextInt(10) == 0).forEach(fixture::signCheckpoint);
        fixture.signCheckpoint(fixture.records.lastKey());
        return fixture;
    }

    StoredRecord randomRecord(long seq, Instant time) {
        boolean bulk = random.nextInt(5) == 0;
        return new StoredRecord(
                seq,
                new UUID(random.nextLong(), random.nextLong()),
                time,
                pick("APPLICATION_ACCEPTED", "SIGN_IN", "UNMASK", "BATCH_APPROVED"),
                "staff-" + random.nextInt(100),
                pick(null, "TOWNSHIP_CLERK", "AUDIT_ADMIN"),
                pick(null, "410102", "410102001"),
                pick(null, "APPLICATION", "ACCOUNT"),
                pick(null, Long.toString(random.nextLong())),
                pick(null, "SUBMITTED", "{\"state\":\"ACCEPTED\"}"),
                pick(null, "ACCEPTED", "审核通过"),
                pick(null, "材料齐全", "reason with | and \n"),
                pick(null, "10.0.0." + random.nextInt(255), "::1"),
                bulk ? (long) random.nextInt(1_000_000) : null,
                bulk ? Sm3.hash(Long.toString(random.nextLong()).getBytes()) : null);
    }

    private String pick(String... choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** Recomputes every seal from the records (as a thorough forger would), keeping each seal's record id. */
    void sealAll() {
        seals.clear();
        long prevSeq = 0;
        byte[] prevHash = ChainFormat.GENESIS;
        for (StoredRecord record : records.values()) {
            byte[] hash = ChainFormat.link(prevHash, record);
            seals.put(record.seq(), new SealRow(record.seq(), prevSeq, record.id(), hash));
            prevSeq = record.seq();
            prevHash = hash;
        }
    }

    void signCheckpoint(long seq) {
        byte[] head = seals.get(seq).hash();
        Instant at = records.get(seq).occurredAt().plusSeconds(30);
        checkpoints.put(
                seq,
                new CheckpointRow(
                        seq,
                        head,
                        at,
                        keys.sign(ChainFormat.checkpointMessage(seq, head, at)),
                        keys.verificationKeyHex()));
    }

    void resignCheckpoints() {
        new ArrayList<>(checkpoints.keySet()).forEach(this::signCheckpoint);
    }

    long randomSealedSeq() {
        List<Long> sealed = new ArrayList<>(seals.keySet());
        return sealed.get(random.nextInt(sealed.size()));
    }

    /** A sealed seq that is neither the first nor the last. */
    long randomInnerSeq() {
        List<Long> sealed = new ArrayList<>(seals.keySet());
        return sealed.get(1 + random.nextInt(sealed.size() - 2));
    }

    Random random() {
        return random;
    }

    AuditVerificationResult verify() {
        return verifyFrom(0, ChainFormat.GENESIS);
    }

    AuditVerificationResult verifyFrom(long startSeq, byte[] startHash) {
        ChainCheck check = new ChainCheck(
                startSeq,
                startHash,
                new ArrayList<>(checkpoints.tailMap(startSeq, true).values()),
                seals.isEmpty() ? 0 : seals.lastKey(),
                checkpoint -> keys.verify(checkpoint.message(), checkpoint.signature()),
                id -> seals.values().stream()
                        .filter(seal -> seal.recordId().equals(id))
                        .mapToLong(SealRow::seq)
                        .findFirst(),
                TOLERANCE);
        TreeSet<Long> positions = new TreeSet<>(records.tailMap(startSeq, false).keySet());
        positions.addAll(seals.tailMap(startSeq, false).keySet());
        for (long seq : positions) {
            if (!check.accept(records.get(seq), seals.get(seq))) {
                break;
            }
        }
        return check.finish(
                checkpoints.isEmpty()
                        ? null
                        : checkpoints.lastEntry().getValue().view());
    }
}
