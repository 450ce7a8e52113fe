package org.liangxiang.shared.crypto;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.bouncycastle.util.BigIntegers;

/**
 * Recognises the demo profile's keys so that {@code prod} can refuse them: they are public in the repository. Only SM3
 * fingerprints are kept here; the keys themselves live in application-demo.yml alone.
 */
final class DemoKeys {

    /** SM3 of the demo data key 1, of the demo blind-index key, and of the demo signing key's 32-byte scalar. */
    static final Set<String> FINGERPRINTS = Set.of(
            "a9b0bf72243f37f083b9f5ce48958af87a979d5c939e78874227dc2daede643f",
            "e90688fc0ecc2d02d29f027205a436a9daaec3c6429c181ab5ad12251ccade6d",
            "2002d27edb51bc463c727f2fcef3baa4ecd53251e8dac78094f37cdc5748c56e");

    private DemoKeys() {}

    static boolean inUse(KeyProperties properties) {
        return fingerprints(properties).stream().anyMatch(FINGERPRINTS::contains);
    }

    /** The fingerprints of whatever key material is configured; what cannot be read is left to the key service. */
    static List<String> fingerprints(KeyProperties properties) {
        List<String> out = new ArrayList<>();
        properties.dataKeys().values().forEach(key -> addBase64(out, key));
        addBase64(out, properties.blindIndexKey());
        try {
            if (properties.signingKey() != null) {
                out.add(fingerprint(BigIntegers.asUnsignedByteArray(
                        32, Sm2.privateKey(properties.signingKey()).getD())));
            }
        } catch (CryptoException e) {
            // a malformed signing key is reported by the key service
        }
        return out;
    }

    private static void addBase64(List<String> out, String value) {
        try {
            if (value != null) {
                out.add(fingerprint(Base64.getDecoder().decode(value.trim())));
            }
        } catch (IllegalArgumentException e) {
            // malformed Base64 is reported by the key service
        }
    }

    static String fingerprint(byte[] key) {
        return HexFormat.of().formatHex(Sm3.hash(key));
    }
}
