package org.liangxiang.population;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Sex;

/**
 * Hands out resident ids that are unique within a run: region code, birth date, a random sequence number of the right
 * parity (odd for men) and the check character. A clash with an earlier id draws another sequence number. The ids
 * seen are kept as 46-bit keys in an open-addressing set (16 MB for a million people), not as strings.
 */
final class ResidentIdAllocator {

    private static final long DAY_1900 = LocalDate.of(1900, 1, 1).toEpochDay();

    private final LocalDate asOf;
    private long[] keys;
    private int size;

    ResidentIdAllocator(int expected, LocalDate asOf) {
        this.asOf = asOf;
        this.keys = new long[Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1];
    }

    ResidentId allocate(String regionCode, LocalDate birthDate, Sex sex, SplittableRandom random) {
        long region = Long.parseLong(regionCode);
        long day = birthDate.toEpochDay() - DAY_1900;
        int sequence;
        do {
            sequence = random.nextInt(500) * 2 + (sex == Sex.MALE ? 1 : 0);
        } while (!add(region << 26 | day << 10 | sequence));
        StringBuilder first17 = new StringBuilder(18).append(regionCode);
        appendPadded(first17, birthDate.getYear(), 4);
        appendPadded(first17, birthDate.getMonthValue(), 2);
        appendPadded(first17, birthDate.getDayOfMonth(), 2);
        appendPadded(first17, sequence, 3);
        String digits = first17.toString();
        return ResidentId.of(digits + ResidentId.checkCharacter(digits), asOf);
    }

    private static void appendPadded(StringBuilder out, int value, int width) {
        String digits = Integer.toString(value);
        out.append("0".repeat(width - digits.length())).append(digits);
    }

    /** Adds the key (never 0: region codes start at 11); false when it was already there. */
    private boolean add(long key) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = slot(key, mask);
        while (keys[i] != 0) {
            if (keys[i] == key) {
                return false;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        size++;
        return true;
    }

    private void grow() {
        long[] old = keys;
        keys = new long[old.length * 2];
        int mask = keys.length - 1;
        for (long key : old) {
            if (key != 0) {
                int i = slot(key, mask);
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = key;
            }
        }
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
