package org.liangxiang.shared;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * New ids for rows written in volume (applications, events, audit records, evidence reports, messages): UUIDs of
 * version 7 (RFC 9562), whose first 48 bits are the Unix time in milliseconds and the other 74 free bits random.
 *
 * <p>Why: a random (version 4) key lands on a random page of its B-tree index, so at a million rows every insert reads
 * and dirties a page that is seldom in memory (and writes it whole to the WAL after each checkpoint). Keys that grow
 * with time land on the index's right edge, which stays in memory; every index keyed by an application id (the case,
 * its subsidies and steps, the evidence reports) gains the same way. The 74 random bits keep an id as unguessable as
 * before; an id tells when it was made, which is never a secret here (the application's timeline shows it).
 */
public final class TimeOrderedIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TimeOrderedIds() {}

    /** A new version-7 UUID for the current time. */
    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    /** A new version-7 UUID for the given Unix time in milliseconds (0 to 2^48 - 1). */
    static UUID at(long unixMillis) {
        if (unixMillis < 0 || unixMillis >= 1L << 48) {
            throw new IllegalArgumentException("unixMillis must fit 48 bits, was " + unixMillis);
        }
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long randA = ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL); // 12 bits
        long randB = 0;
        for (int i = 2; i < 10; i++) {
            randB = (randB << 8) | (random[i] & 0xFFL);
        }
        long most = (unixMillis << 16) | 0x7000L | randA; // version 7
        long least = (randB & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L; // variant 10, 62 random bits
        return new UUID(most, least);
    }
}
