package org.liangxiang.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.shared.crypto.Sm3;

class ChainFormatTests {

    private static StoredRecord record(String actorRole, String actorOffice) {
        return new StoredRecord(
                42,
                UUID.fromString("7d4f3c2a-1b0e-4f6a-9c8d-0123456789ab"),
                Instant.parse("2026-11-29T01:02:03.456789Z"),
                "APPLICATION_ACCEPTED",
                "staff-1",
                actorRole,
                actorOffice,
                "APPLICATION",
                "A-1",
                "SUBMITTED",
                "ACCEPTED",
                "材料齐全",
                "10.0.0.1",
                null,
                null);
    }

    @Test
    void canonicalBytesFollowTheDocumentedLayout() {
        byte[] bytes = ChainFormat.canonical(record("TOWNSHIP_CLERK", null));
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("LXAR1\0\0\0\u000242\0\0\0\u00247d4f3c2a-1b0e-4f6a-9c8d-0123456789ab");
        assertThat(text).contains("\0\0\0\u00101795914123456789");
        // a null field is length -1, distinct from an empty string (length 0)
        assertThat(text).contains("TOWNSHIP_CLERK\u00ff\u00ff\u00ff\u00ff");
        assertThat(ChainFormat.canonical(record("TOWNSHIP_CLERK", "")))
                .isNotEqualTo(ChainFormat.canonical(record("TOWNSHIP_CLERK", null)));
    }

    @Test
    void fieldBoundariesCannotBeShifted() {
        assertThat(ChainFormat.canonical(record("AB", "C"))).isNotEqualTo(ChainFormat.canonical(record("A", "BC")));
    }

    @Test
    void linkIsSm3OfThePreviousHashAndTheRecord() {
        StoredRecord r = record("TOWNSHIP_CLERK", "410102");
        byte[] previous = Sm3.hash("previous".getBytes(StandardCharsets.UTF_8));
        assertThat(ChainFormat.link(previous, r)).isEqualTo(Sm3.hash(previous, ChainFormat.canonical(r)));
        assertThat(ChainFormat.link(ChainFormat.GENESIS, r)).isNotEqualTo(ChainFormat.link(previous, r));
    }

    @Test
    void checkpointMessageNamesSeqHeadAndTimeInMicroseconds() {
        byte[] head = new byte[32];
        head[31] = 1;
        String message = new String(
                ChainFormat.checkpointMessage(7, head, Instant.parse("1970-01-01T00:00:01.000002Z")),
                StandardCharsets.UTF_8);
        assertThat(message).isEqualTo("LXAC1|7|" + HexFormat.of().formatHex(head) + "|1000002");
    }
}
