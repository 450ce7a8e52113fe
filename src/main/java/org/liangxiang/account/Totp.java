package org.liangxiang.account;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps expect them: HMAC-SHA1, 6 digits, 30-second steps
 * from the Unix epoch, the secret shared as Base32 (RFC 4648, no padding) in an {@code otpauth://} URI.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final int PERIOD_SECONDS = 30;
    static final int SECRET_BYTES = 20;

    private Totp() {}

    /** The time step of an instant: whole periods since the epoch. */
    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The 6-digit code of a Base32 secret at an instant, as an authenticator app shows it. */
    public static String codeAt(String base32Secret, Instant at) {
        return code("HmacSHA1", Base32.decode(base32Secret), step(at), DIGITS);
    }

    /** The 6-digit HMAC-SHA1 code of the secret for one time step. */
    static String code(byte[] secret, long step) {
        return code("HmacSHA1", secret, step, DIGITS);
    }

    /** RFC 4226 dynamic truncation of HMAC(secret, step); the algorithm and digits as RFC 6238 allows. */
    static String code(String algorithm, byte[] secret, long step, int digits) {
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(secret, "RAW"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            int otp = binary % (int) Math.pow(10, digits);
            return String.format("%0" + digits + "d", otp);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(algorithm + " is not available", e);
        }
    }

    /** A new random secret of 160 bits (RFC 4226 recommends at least 128, SHA-1's own length is 160), in Base32. */
    static String newSecret(SecureRandom random) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return Base32.encode(secret);
    }
}
