package org.liangxiang.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import org.liangxiang.shared.crypto.Sm3;

/**
 * The bytes the chain and the checkpoints are computed over; docs/audit.md repeats this so that anyone can check the
 * trail with their own SM3 and SM2.
 *
 * <p>Record: the ASCII tag {@code LXAR1}, then each field as a 4-byte big-endian length and its UTF-8 bytes (length -1
 * for null): seq (decimal), id (lower-case UUID), occurred_at (epoch microseconds, decimal), type, actor_id,
 * actor_role, actor_office, object_type, object_id, before_state, after_state, reason, source_address, bulk_count
 * (decimal), bulk_digest (lower-case hex). Link: {@code hash(n) = SM3(hash(prev) || record bytes)}, with 32 zero bytes
 * before the first record.
 */
final class ChainFormat {

    static final byte[] GENESIS = new byte[32];
    private static final HexFormat HEX = HexFormat.of();

    private ChainFormat() {}

    static byte[] link(byte[] previousHash, StoredRecord record) {
        return Sm3.hash(previousHash, canonical(record));
    }

    static byte[] canonical(StoredRecord r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write("LXAR1".getBytes(StandardCharsets.US_ASCII));
            field(out, Long.toString(r.seq()));
            field(out, r.id().toString());
            field(out, Long.toString(micros(r.occurredAt())));
            field(out, r.type());
            field(out, r.actorId());
            field(out, r.actorRole());
            field(out, r.actorOffice());
            field(out, r.objectType());
            field(out, r.objectId());
            field(out, r.before());
            field(out, r.after());
            field(out, r.reason());
            field(out, r.sourceAddress());
            field(out, r.bulkCount() == null ? null : Long.toString(r.bulkCount()));
            field(out, r.bulkDigest() == null ? null : HEX.formatHex(r.bulkDigest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** What a checkpoint's SM2 signature covers. */
    static byte[] checkpointMessage(long upToSeq, byte[] headHash, Instant createdAt) {
        return ("LXAC1|" + upToSeq + "|" + HEX.formatHex(headHash) + "|" + micros(createdAt))
                .getBytes(StandardCharsets.UTF_8);
    }

    static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    static String hex(byte[] bytes) {
        return bytes == null ? null : HEX.formatHex(bytes);
    }

    private static void field(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
