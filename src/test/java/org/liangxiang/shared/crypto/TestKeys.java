package org.liangxiang.shared.crypto;

import java.math.BigInteger;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Key material for tests, from a seeded generator so that every run uses the same keys. */
final class TestKeys {

    private TestKeys() {}

    static String key(Random random, int length) {
        byte[] key = new byte[length];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    /** An SM2 private scalar in [1, n - 2], as hex. */
    static String signingKey(Random random) {
        BigInteger range = Sm2.DOMAIN.getN().subtract(BigInteger.TWO);
        return String.format("%064x", new BigInteger(300, random).mod(range).add(BigInteger.ONE));
    }

    static String verificationKey(String signingKey) {
        return Sm2.hex(Sm2.publicKeyOf(Sm2.privateKey(signingKey)));
    }

    static KeyProperties properties(Random random, int currentVersion, Map<Integer, String> dataKeys) {
        return new KeyProperties(currentVersion, dataKeys, key(random, 32), signingKey(random), List.of());
    }

    /** A complete set with one data key of version 1. */
    static KeyProperties properties(Random random) {
        return properties(random, 1, Map.of(1, key(random, 16)));
    }

    static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }
}
