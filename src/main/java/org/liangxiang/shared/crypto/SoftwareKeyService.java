package org.liangxiang.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.modes.GCMModeCipher;
import org.bouncycastle.crypto.modes.gcm.BasicGCMMultiplier;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.KeyParameter;

/**
 * The software {@link KeyService}: Bouncy Castle SM4-GCM, HMAC-SM3 and SM2 with keys from {@link KeyProperties},
 * writing the ciphertext layout that {@link KeyService} describes. Refuses to start on missing or malformed keys, with a
 * message that names the property.
 */
public class SoftwareKeyService implements KeyService {

    static final byte FORMAT = 0x01;
    static final int HEADER_LENGTH = 3;
    static final int NONCE_LENGTH = 12;
    static final int TAG_BITS = 128;

    /** The longest value sealed without GCM's multiplication tables (see {@link #gcm}). */
    static final int SHORT = 2048;

    private final SecureRandom random = new SecureRandom();
    private final int currentVersion;
    private final Map<Integer, byte[]> dataKeys = new HashMap<>();
    private final byte[] blindIndexKey;
    private final ECPrivateKeyParameters signingKey;
    private final List<ECPublicKeyParameters> verificationKeys = new ArrayList<>();

    public SoftwareKeyService(KeyProperties properties) {
        KeyMaterial.requirePresent(properties);
        properties.dataKeys().forEach((version, key) -> dataKeys.put(version, KeyMaterial.dataKey(version, key)));
        this.currentVersion = KeyMaterial.version("liangxiang.keys.current-version", properties.currentVersion());
        if (!dataKeys.containsKey(currentVersion)) {
            throw new CryptoException("liangxiang.keys.current-version is " + currentVersion
                    + " but liangxiang.keys.data-keys has no key of that version");
        }
        this.blindIndexKey = KeyMaterial.blindIndexKey(properties.blindIndexKey());
        this.signingKey = KeyMaterial.signingKey(properties.signingKey(), properties.verificationKey());
        verificationKeys.add(Sm2.publicKeyOf(signingKey));
        List<String> previous = properties.previousVerificationKeys();
        for (int i = 0; i < previous.size(); i++) {
            verificationKeys.add(
                    KeyMaterial.publicKey("liangxiang.keys.previous-verification-keys[" + i + "]", previous.get(i)));
        }
    }

    @Override
    public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        return encrypt(plaintext, associatedData, nonce);
    }

    /** The one place that seals; tests pass a fixed nonce to check it against published vectors. */
    byte[] encrypt(byte[] plaintext, byte[] associatedData, byte[] nonce) {
        GCMModeCipher gcm = gcm(true, dataKeys.get(currentVersion), nonce, associatedData, plaintext.length);
        int offset = HEADER_LENGTH + NONCE_LENGTH;
        byte[] out = new byte[offset + gcm.getOutputSize(plaintext.length)];
        ByteBuffer.wrap(out).put(FORMAT).putShort((short) currentVersion).put(nonce);
        int n = gcm.processBytes(plaintext, 0, plaintext.length, out, offset);
        try {
            gcm.doFinal(out, offset + n);
        } catch (InvalidCipherTextException e) {
            throw new CryptoException("SM4-GCM encryption failed", e);
        }
        return out;
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
        int offset = HEADER_LENGTH + NONCE_LENGTH;
        if (ciphertext.length < offset + TAG_BITS / 8) {
            throw new CryptoException("Not a Liangxiang ciphertext");
        }
        int version = KeyService.keyVersion(ciphertext);
        byte[] key = dataKeys.get(version);
        if (key == null) {
            throw new CryptoException("No data key of version " + version + " is configured (liangxiang.keys.data-keys."
                    + version + "); it is needed to decrypt this value");
        }
        byte[] nonce = new byte[NONCE_LENGTH];
        System.arraycopy(ciphertext, HEADER_LENGTH, nonce, 0, NONCE_LENGTH);
        GCMModeCipher gcm = gcm(false, key, nonce, associatedData, ciphertext.length - offset);
        byte[] out = new byte[gcm.getOutputSize(ciphertext.length - offset)];
        int n = gcm.processBytes(ciphertext, offset, ciphertext.length - offset, out, 0);
        try {
            gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new CryptoException("The ciphertext or its associated data was changed", e);
        }
        return out;
    }

    /**
     * Values up to {@link #SHORT} bytes (the sealed personal data: ids, names, addresses, numbers) use GCM's multiplier
     * without tables: Bouncy Castle's default builds a 4 KB table at every initialisation, most of a short value's
     * sealing (16 bytes: 7.3 us with the table, 1.4 us without, on the benchmark machine); from about 2 KB on the
     * table pays for itself, so longer values (files) keep it.
     */
    private static GCMModeCipher gcm(boolean encrypt, byte[] key, byte[] nonce, byte[] associatedData, int length) {
        GCMModeCipher gcm = length <= SHORT
                ? GCMBlockCipher.newInstance(new SM4Engine(), new BasicGCMMultiplier())
                : GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce, associatedData));
        return gcm;
    }

    /** HMAC-SM3 over purpose, a zero byte, and the value: one key, a separate index space per purpose. */
    @Override
    public byte[] blindIndex(String purpose, byte[] normalizedValue) {
        if (purpose == null || purpose.isEmpty() || purpose.indexOf('\0') >= 0) {
            throw new CryptoException("A blind-index purpose must be a non-empty name without NUL characters");
        }
        return Sm3.hmac(blindIndexKey, purpose.getBytes(StandardCharsets.UTF_8), new byte[] {0}, normalizedValue);
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

    @Override
    public String verificationKeyHex() {
        return Sm2.hex(verificationKeys.get(0));
    }
}
