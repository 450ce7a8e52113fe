package org.liangxiang.shared.crypto;

/**
 * The one holder of key material. Every operation takes and returns bytes so that a certified hardware security module
 * (密码机) can replace the software implementation without the callers noticing: keys never leave this interface.
 *
 * <p>Every implementation writes the same ciphertext layout, so that jobs can find old ciphertexts in SQL and data can
 * move between implementations by re-encryption: format byte {@code 0x01}, data-key version (2 bytes, big-endian),
 * 12-byte nonce, then the SM4-GCM ciphertext followed by its 16-byte tag.
 */
public interface KeyService {

    /**
     * SM4-GCM encrypts with the current data key. The result carries the key version and the nonce, so that
     * {@link #decrypt} works after the key has been rotated. The associated data is authenticated, not stored: a
     * ciphertext only decrypts with the same associated data (for personal data: table, column and row).
     */
    byte[] encrypt(byte[] plaintext, byte[] associatedData);

    /**
     * Reverses {@link #encrypt}; throws {@link CryptoException} when the ciphertext or associated data was changed, or
     * when the data key of the ciphertext's version is not known.
     */
    byte[] decrypt(byte[] ciphertext, byte[] associatedData);

    /** HMAC-SM3 with the blind-index key, separated per purpose (e.g. "resident-id", "phone"). 32 bytes. */
    byte[] blindIndex(String purpose, byte[] normalizedValue);

    /** SM2 signature (with SM3, default user id) by the system's signing key; DER-encoded. */
    byte[] sign(byte[] data);

    /** Verifies a signature made by {@link #sign}, with the current or any earlier signing key the service knows. */
    boolean verify(byte[] data, byte[] signature);

    /**
     * The current SM2 verification (public) key as an uncompressed point in hex, published with what {@link #sign}
     * signed (e.g. audit checkpoints) so that anyone can check a signature outside the system.
     */
    String verificationKeyHex();

    /** The current data-key version, for re-encryption jobs that move old ciphertexts to the newest key. */
    int currentKeyVersion();

    /** The data-key version a ciphertext was made with (bytes 2 and 3 of the layout). */
    static int keyVersion(byte[] ciphertext) {
        if (ciphertext == null || ciphertext.length < 3 || ciphertext[0] != 0x01) {
            throw new CryptoException("Not a Liangxiang ciphertext");
        }
        return (ciphertext[1] & 0xff) << 8 | ciphertext[2] & 0xff;
    }
}
