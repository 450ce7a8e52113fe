package org.liangxiang.shared.crypto;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * Key material for the software {@link KeyService} ({@code liangxiang.keys.*}). Only the demo profile ships values;
 * every other profile must be given them (environment variables such as {@code LIANGXIANG_KEYS_DATAKEYS_1}, or a
 * secrets file), or the application refuses to start. {@link KeyGenerator} prints a fresh set; docs/crypto.md says how
 * to provide and rotate them.
 *
 * @param currentVersion the data-key version new ciphertexts use (1 to 65535)
 * @param dataKeys SM4 data keys by version, each 16 bytes in Base64; old versions stay for decryption
 * @param blindIndexKey the HMAC-SM3 key for blind indexes, at least 32 bytes in Base64
 * @param signingKey the SM2 private key (the 32-byte scalar, hex) that signs audit checkpoints
 * @param verificationKey optional: the SM2 public key of {@code signingKey} (uncompressed point, hex); when given, the
 *     service refuses to start unless it matches, which catches a private key pasted without its partner
 * @param previousVerificationKeys earlier SM2 public keys (uncompressed point, hex) still accepted by verify
 */
@ConfigurationProperties("liangxiang.keys")
public record KeyProperties(
        Integer currentVersion,
        Map<Integer, String> dataKeys,
        String blindIndexKey,
        String signingKey,
        String verificationKey,
        List<String> previousVerificationKeys) {

    @ConstructorBinding
    public KeyProperties {
        dataKeys = dataKeys == null ? Map.of() : Map.copyOf(dataKeys);
        previousVerificationKeys = previousVerificationKeys == null ? List.of() : List.copyOf(previousVerificationKeys);
    }

    /** Key material without the optional check of the verification key. */
    public KeyProperties(
            Integer currentVersion,
            Map<Integer, String> dataKeys,
            String blindIndexKey,
            String signingKey,
            List<String> previousVerificationKeys) {
        this(currentVersion, dataKeys, blindIndexKey, signingKey, null, previousVerificationKeys);
    }
}
