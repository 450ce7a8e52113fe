package org.liangxiang.shared.crypto;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Key material for the software {@link KeyService} ({@code liangxiang.keys.*}). Only the demo profile ships values;
 * every other profile must be given them (environment or a secrets file), or the application refuses to start.
 *
 * @param currentVersion the data-key version new ciphertexts use
 * @param dataKeys SM4 data keys by version, each 16 bytes in Base64; old versions stay for decryption
 * @param blindIndexKey the HMAC-SM3 key for blind indexes, at least 32 bytes in Base64
 * @param signingKey the SM2 private key (the 32-byte scalar, hex) that signs audit checkpoints
 * @param previousVerificationKeys earlier SM2 public keys (uncompressed point, hex) still accepted by verify
 */
@ConfigurationProperties("liangxiang.keys")
public record KeyProperties(
        Integer currentVersion,
        Map<Integer, String> dataKeys,
        String blindIndexKey,
        String signingKey,
        List<String> previousVerificationKeys) {

    public KeyProperties {
        dataKeys = dataKeys == null ? Map.of() : Map.copyOf(dataKeys);
        previousVerificationKeys = previousVerificationKeys == null ? List.of() : List.copyOf(previousVerificationKeys);
    }
}
