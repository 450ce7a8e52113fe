package org.liangxiang.shared.crypto;

/** A cryptographic operation failed: a wrong key, a changed ciphertext, or missing key material. */
public class CryptoException extends RuntimeException {

    public CryptoException(String message) {
        super(message);
    }

    public CryptoException(String message, Throwable cause) {
        super(message, cause);
    }
}
