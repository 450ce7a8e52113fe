package org.liangxiang.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The software {@link KeyService}: Bouncy Castle SM4-GCM, HMAC-SM3 and SM2 with keys from {@link KeyProperties}.
 *
 * <p>Ciphertext layout: format byte {@code 0x01}, key version (2 bytes, big-endian), 12-byte nonce, SM4-GCM ciphertext
 * with its 16-byte tag.
 */
public class SoftwareKeyService implements KeyService {

    static final byte FORMAT = 0x01;
    static final int NONCE_LENGTH = 12;
    static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final int currentVersion;
    private final Map<Integer, byte[]> dataKeys = new HashMap<>();
    private final byte[] blindIndexKey;
    private final ECPrivateKeyParameters signingKey;
    private final List<ECPublicKeyParameters> verificationKeys = new ArrayList<>();

    public SoftwareKeyService(KeyProperties properties) {
        List<String> missing = new ArrayList<>();
        if (properties.currentVersion() == null) missing.add("liangxiang.keys.current-version");
        if (properties.dataKeys().isEmpty()) missing.add("liangxiang.keys.data-keys");
        if (isBlank(properties.blindIndexKey())) missing.add("liangxiang.keys.blind-index-key");
        if (isBlank(properties.signingKey())) missing.add("liangxiang.keys.signing-key");
        if (!missing.isEmpty()) {
            throw new CryptoException(
                    "Key material is missing: " + String.join(", ", missing)
                            + ". Only the demo profile has built-in demo keys; see docs/operations.md for how to provide keys.");
        }
        properties.dataKeys().forEach((version, key) -> dataKeys.put(version, decodeKey(version, key)));
        this.currentVersion = properties.currentVersion();
        if (!dataKeys.containsKey(currentVersion)) {
            throw new CryptoException("liangxiang.keys.current-version " + currentVersion + " has no data key");
        }
        this.blindIndexKey = Base64.getDecoder().decode(properties.blindIndexKey());
        if (blindIndexKey.length < 32) {
            throw new CryptoException("liangxiang.keys.blind-index-key must be at least 32 bytes");
        }
        this.signingKey = Sm2.privateKey(properties.signingKey());
        verificationKeys.add(Sm2.publicKeyOf(signingKey));
        properties.previousVerificationKeys().forEach(hex -> verificationKeys.add(Sm2.publicKey(hex)));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private static byte[] decodeKey(int version, String base64) {
        byte[] key = Base64.getDecoder().decode(base64);
        if (key.length != 16) {
            throw new CryptoException("SM4 data key version " + version + " must be 16 bytes, not " + key.length);
        }
        return key;
    }

    @Override
    public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        GCMBlockCipher gcm = gcm(true, dataKeys.get(currentVersion), nonce, associatedData);
        byte[] out = new byte[3 + NONCE_LENGTH + gcm.getOutputSize(plaintext.length)];
        ByteBuffer.wrap(out).put(FORMAT).putShort((short) currentVersion).put(nonce);
        int n = gcm.processBytes(plaintext, 0, plaintext.length, out, 3 + NONCE_LENGTH);
        try {
            gcm.doFinal(out, 3 + NONCE_LENGTH + n);
        } catch (InvalidCipherTextException e) {
            throw new CryptoException("SM4-GCM encryption failed", e);
        }
        return out;
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
        if (ciphertext.length < 3 + NONCE_LENGTH + TAG_BITS / 8 || ciphertext[0] != FORMAT) {
            throw new CryptoException("Not a Liangxiang ciphertext");
        }
        ByteBuffer buffer = ByteBuffer.wrap(ciphertext);
        buffer.get();
        int version = Short.toUnsignedInt(buffer.getShort());
        byte[] key = dataKeys.get(version);
        if (key == null) {
            throw new CryptoException("No data key of version " + version);
        }
        byte[] nonce = new byte[NONCE_LENGTH];
        buffer.get(nonce);
        GCMBlockCipher gcm = gcm(false, key, nonce, associatedData);
        int offset = 3 + NONCE_LENGTH;
        byte[] out = new byte[gcm.getOutputSize(ciphertext.length - offset)];
        int n = gcm.processBytes(ciphertext, offset, ciphertext.length - offset, out, 0);
        try {
            gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new CryptoException("The ciphertext or its associated data was changed", e);
        }
        return out;
    }

    private static GCMBlockCipher gcm(boolean encrypt, byte[] key, byte[] nonce, byte[] associatedData) {
        GCMBlockCipher gcm = (GCMBlockCipher) GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, associatedData));
        return gcm;
    }

    @Override
    public byte[] blindIndex(String purpose, byte[] normalizedValue) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(blindIndexKey));
        byte[] label = purpose.getBytes(StandardCharsets.UTF_8);
        mac.update(label, 0, label.length);
        mac.update((byte) 0);
        mac.update(normalizedValue, 0, normalizedValue.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    @Override
    public byte[] sign(byte[] data) {
        return Sm2.sign(signingKey, data, random);
    }

    @Override
    public boolean verify(byte[] data, byte[] signature) {
        return verificationKeys.stream().anyMatch(key -> Sm2.verify(key, data, signature));
    }

    @Override
    public int currentKeyVersion() {
        return currentVersion;
    }

    /** The hex form of the current SM2 public key, for publishing with the audit checkpoints. */
    public String verificationKeyHex() {
        return HexFormat.of().formatHex(verificationKeys.get(0).getQ().getEncoded(false));
    }
}
