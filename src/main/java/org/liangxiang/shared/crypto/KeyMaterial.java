package org.liangxiang.shared.crypto;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;

/** Reading and checking {@code liangxiang.keys.*}; every message names the property at fault. */
final class KeyMaterial {

    private KeyMaterial() {}

    static void requirePresent(KeyProperties properties) {
        List<String> missing = new ArrayList<>();
        if (properties.currentVersion() == null) missing.add("liangxiang.keys.current-version");
        if (properties.dataKeys().isEmpty()) missing.add("liangxiang.keys.data-keys");
        if (isBlank(properties.blindIndexKey())) missing.add("liangxiang.keys.blind-index-key");
        if (isBlank(properties.signingKey())) missing.add("liangxiang.keys.signing-key");
        if (!missing.isEmpty()) {
            throw new CryptoException("Key material is missing: " + String.join(", ", missing)
                    + ". Only the demo profile has built-in (public) keys. Generate production keys with"
                    + " org.liangxiang.shared.crypto.KeyGenerator and provide them as LIANGXIANG_KEYS_*"
                    + " environment variables (docs/crypto.md).");
        }
    }

    static int version(String property, int version) {
        if (version < 1 || version > 0xffff) {
            throw new CryptoException(property + " must be a key version from 1 to 65535, not " + version);
        }
        return version;
    }

    static byte[] dataKey(int version, String base64) {
        String property = "liangxiang.keys.data-keys." + version;
        version(property, version);
        byte[] key = base64(property, base64);
        if (key.length != 16) {
            throw new CryptoException(property + " must be a 16-byte SM4 key, not " + key.length + " bytes");
        }
        return key;
    }

    static byte[] blindIndexKey(String base64) {
        byte[] key = base64("liangxiang.keys.blind-index-key", base64);
        if (key.length < 32) {
            throw new CryptoException("liangxiang.keys.blind-index-key must be at least 32 bytes, not " + key.length);
        }
        return key;
    }

    static ECPrivateKeyParameters signingKey(String hex, String expectedPublicHex) {
        ECPrivateKeyParameters key;
        try {
            key = Sm2.privateKey(hex);
        } catch (CryptoException e) {
            throw new CryptoException("liangxiang.keys.signing-key: " + e.getMessage(), e);
        }
        if (!isBlank(expectedPublicHex)) {
            ECPublicKeyParameters expected = publicKey("liangxiang.keys.verification-key", expectedPublicHex);
            if (!expected.getQ().equals(Sm2.publicKeyOf(key).getQ())) {
                throw new CryptoException(
                        "liangxiang.keys.verification-key is not the public key of liangxiang.keys.signing-key");
            }
        }
        return key;
    }

    static ECPublicKeyParameters publicKey(String property, String hex) {
        try {
            return Sm2.publicKey(hex);
        } catch (CryptoException e) {
            throw new CryptoException(property + ": " + e.getMessage(), e);
        }
    }

    private static byte[] base64(String property, String value) {
        try {
            return Base64.getDecoder().decode(value == null ? "" : value.trim());
        } catch (IllegalArgumentException e) {
            throw new CryptoException(property + " is not valid Base64", e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
