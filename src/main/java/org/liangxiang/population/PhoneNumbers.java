package org.liangxiang.population;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Mobile numbers: a real operator prefix (China Mobile, Unicom, Telecom) and eight digits that are a permutation of the
 * person's ordinal ({@code (a * ordinal + b) mod 10^8} with {@code a} prime to 10), so that no two people of a run share
 * a number whatever prefixes they draw.
 */
final class PhoneNumbers {

    static final List<String> PREFIXES = List.of(
            "134", "135", "136", "137", "138", "139", "147", "150", "151", "152", "157", "158", "159", "178", "182",
            "183", "184", "187", "188", "198", "130", "131", "132", "145", "155", "156", "166", "175", "176", "185",
            "186", "133", "149", "153", "173", "177", "180", "181", "189", "191", "199");

    private static final long SUFFIXES = 100_000_000L;

    private final long multiplier;
    private final long offset;

    PhoneNumbers(SplittableRandom random) {
        long a;
        do {
            a = 1 + random.nextLong(SUFFIXES - 1);
        } while (a % 2 == 0 || a % 5 == 0);
        this.multiplier = a;
        this.offset = random.nextLong(SUFFIXES);
    }

    String forOrdinal(int ordinal, SplittableRandom random) {
        String prefix = PREFIXES.get(random.nextInt(PREFIXES.size()));
        long suffix = Math.floorMod(multiplier * ordinal + offset, SUFFIXES);
        String digits = Long.toString(suffix);
        return prefix + "0".repeat(8 - digits.length()) + digits;
    }
}
