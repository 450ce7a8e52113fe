package org.liangxiang.population;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/**
 * Rows in PostgreSQL's binary COPY format, appended to a growable buffer: each row is a field count, then per field a
 * length (-1 for NULL) and the value in the type's binary send format. Binary rather than text keeps sealed values as
 * raw bytes instead of doubling them into escaped hex. {@link #HEADER} opens a COPY stream and {@link #TRAILER} ends it.
 */
final class BinaryCopy {

    static final byte[] HEADER = {
        'P',
        'G',
        'C',
        'O',
        'P',
        'Y',
        '\n',
        (byte) 0xFF,
        '\r',
        '\n',
        0, // signature
        0,
        0,
        0,
        0, // flags: no OIDs
        0,
        0,
        0,
        0 // header extension length
    };
    static final byte[] TRAILER = {(byte) 0xFF, (byte) 0xFF};

    /** PostgreSQL dates count days from 2000-01-01. */
    private static final long PG_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

    private static final long PG_EPOCH_SECOND = PG_EPOCH_DAY * 86_400L;
    private static final int TEXT_OID = 25;
    private static final int INT4_OID = 23;

    private byte[] buffer;
    private int size;

    BinaryCopy(int initialCapacity) {
        buffer = new byte[Math.max(64, initialCapacity)];
    }

    BinaryCopy row(int fields) {
        return int16(fields);
    }

    BinaryCopy uuid(UUID value) {
        if (value == null) {
            return nul();
        }
        int32(16);
        int64(value.getMostSignificantBits());
        return int64(value.getLeastSignificantBits());
    }

    BinaryCopy text(String value) {
        return value == null ? nul() : bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    BinaryCopy bytes(byte[] value) {
        if (value == null) {
            return nul();
        }
        int32(value.length);
        ensure(value.length);
        System.arraycopy(value, 0, buffer, size, value.length);
        size += value.length;
        return this;
    }

    BinaryCopy date(LocalDate value) {
        if (value == null) {
            return nul();
        }
        int32(4);
        return int32((int) (value.toEpochDay() - PG_EPOCH_DAY));
    }

    /** A one-dimensional {@code text[]} without NULL elements. */
    BinaryCopy textArray(java.util.List<String> values) {
        BinaryCopy elements = new BinaryCopy(16 * values.size());
        values.forEach(elements::text);
        return array(TEXT_OID, values.size(), elements);
    }

    /** A one-dimensional {@code integer[]} (empty: no dimensions). */
    BinaryCopy integerArray(java.util.List<Integer> values) {
        BinaryCopy elements = new BinaryCopy(8 * values.size());
        values.forEach(elements::integer);
        return array(INT4_OID, values.size(), elements);
    }

    private BinaryCopy array(int elementOid, int length, BinaryCopy elements) {
        boolean empty = length == 0;
        int32((empty ? 12 : 20) + elements.size);
        int32(empty ? 0 : 1).int32(0).int32(elementOid);
        if (!empty) {
            int32(length).int32(1);
        }
        ensure(elements.size);
        System.arraycopy(elements.buffer, 0, buffer, size, elements.size);
        size += elements.size;
        return this;
    }

    /** {@code jsonb}: a version byte (1) and the JSON text. */
    BinaryCopy jsonb(String json) {
        if (json == null) {
            return nul();
        }
        byte[] text = json.getBytes(StandardCharsets.UTF_8);
        int32(text.length + 1);
        ensure(text.length + 1);
        buffer[size++] = 1;
        System.arraycopy(text, 0, buffer, size, text.length);
        size += text.length;
        return this;
    }

    /** {@code timestamp with time zone}: microseconds since 2000-01-01 00:00 UTC. */
    BinaryCopy timestamp(java.time.Instant value) {
        if (value == null) {
            return nul();
        }
        long micros = (value.getEpochSecond() - PG_EPOCH_SECOND) * 1_000_000L + value.getNano() / 1_000;
        int32(8);
        return int64(micros);
    }

    BinaryCopy bool(boolean value) {
        int32(1);
        ensure(1);
        buffer[size++] = (byte) (value ? 1 : 0);
        return this;
    }

    BinaryCopy smallint(int value) {
        int32(2);
        return int16(value);
    }

    BinaryCopy integer(int value) {
        int32(4);
        return int32(value);
    }

    BinaryCopy nullableInteger(Integer value) {
        return value == null ? nul() : integer(value);
    }

    BinaryCopy nullableBool(Boolean value) {
        return value == null ? nul() : bool(value);
    }

    BinaryCopy bigint(long value) {
        int32(8);
        return int64(value);
    }

    BinaryCopy nul() {
        return int32(-1);
    }

    int size() {
        return size;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }

    private BinaryCopy int16(int value) {
        ensure(2);
        buffer[size++] = (byte) (value >>> 8);
        buffer[size++] = (byte) value;
        return this;
    }

    private BinaryCopy int32(int value) {
        ensure(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (value >>> shift);
        }
        return this;
    }

    private BinaryCopy int64(long value) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buffer[size++] = (byte) (value >>> shift);
        }
        return this;
    }

    private void ensure(int extra) {
        if (size + extra > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + extra));
        }
    }
}
