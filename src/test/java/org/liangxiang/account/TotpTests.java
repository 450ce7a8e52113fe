package org.liangxiang.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.shared.InvalidValueException;

/** TOTP against the test vectors of RFC 6238 (appendix B) and RFC 4226 (appendix D), Base32 against RFC 4648. */
class TotpTests {

    static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    static final byte[] SHA512_KEY =
            "1234567890123456789012345678901234567890123456789012345678901234".getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "RFC 6238 at {0}: {1} / {2} / {3}")
    @CsvSource({
        "59,          94287082, 46119246, 90693936",
        "1111111109,  07081804, 68084774, 25091201",
        "1111111111,  14050471, 67062674, 99943326",
        "1234567890,  89005924, 91819424, 93441116",
        "2000000000,  69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826",
    })
    void matchesTheRfc6238TestVectors(long time, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(time));
        assertThat(Totp.code("HmacSHA1", SHA1_KEY, step, 8)).isEqualTo(sha1);
        assertThat(Totp.code("HmacSHA256", SHA256_KEY, step, 8)).isEqualTo(sha256);
        assertThat(Totp.code("HmacSHA512", SHA512_KEY, step, 8)).isEqualTo(sha512);
    }

    @ParameterizedTest(name = "RFC 4226 counter {0}: {1}")
    @CsvSource({
        "0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314",
        "5, 254676", "6, 287922", "7, 162583", "8, 399871", "9, 520489",
    })
    void sixDigitCodesMatchTheRfc4226TestVectors(long counter, String code) {
        assertThat(Totp.code(SHA1_KEY, counter)).isEqualTo(code);
    }

    @Test
    void codeAtReadsABase32SecretAsAuthenticatorAppsDo() {
        String secret = Base32.encode(SHA1_KEY);
        assertThat(secret).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.codeAt(secret, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.codeAt("gezd gnbv gy3t qojq gezd gnbv gy3t qojq", Instant.ofEpochSecond(59)))
                .isEqualTo("287082");
    }

    @ParameterizedTest(name = "Base32 of \"{0}\" is {1}")
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void base32MatchesRfc4648WithoutPadding(String text, String encoded) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        assertThat(Base32.encode(bytes)).isEqualTo(encoded);
        assertThat(Base32.decode(encoded + "=")).isEqualTo(bytes);
    }

    @Test
    void aSecretWithOtherCharactersIsRefused() {
        assertThatThrownBy(() -> Base32.decode("ABC1"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("SECRET_NOT_BASE32"));
    }

    @Test
    void newSecretsAre160BitsAndDiffer() {
        var random = new java.security.SecureRandom();
        String a = Totp.newSecret(random);
        assertThat(Base32.decode(a)).hasSize(20);
        assertThat(Totp.newSecret(random)).isNotEqualTo(a);
    }
}
