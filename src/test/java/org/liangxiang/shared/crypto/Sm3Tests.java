package org.liangxiang.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liangxiang.shared.crypto.TestKeys.hex;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Sm3Tests {

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** GB/T 32905-2016 Appendix A, examples 1 and 2. */
    @ParameterizedTest
    @CsvSource({
        "abc, 1, 66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0",
        "abcd, 16, debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732"
    })
    void hashesTheStandardExamples(String unit, int times, String expected) {
        assertThat(HexFormat.of().formatHex(Sm3.hash(ascii(unit.repeat(times)))))
                .isEqualTo(expected);
    }

    @Test
    void hashOfPartsIsTheHashOfTheirConcatenation() {
        assertThat(Sm3.hash(ascii("ab"), ascii(""), ascii("c"))).isEqualTo(Sm3.hash(ascii("abc")));
    }

    /**
     * HMAC-SM3, GM/T 0042-2015 Appendix D.3 (the vectors Linux's crypto/testmgr.h and Intel's ipsec-mb also check).
     * A message given as {@code hex:...} is bytes, otherwise ASCII text.
     */
    @ParameterizedTest
    @CsvSource({
        "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f20,"
                + " abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopqabcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq,"
                + " ca05e144ed05d1857840d1f318a4a8669e559fc8391f414485bfdf7bb408963a",
        "0102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f202122232425,"
                + " hex:cdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcdcd,"
                + " 220bf579ded555393f0159f66c99877822a3ecf610d1552154b41d44b94db3ae",
        "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b, Hi There,"
                + " c0ba18c68b90c88bc07de794bfc7d2c8d19ec31ed8773bc2b390c9604e0be11e",
        "4a656665, what do ya want for nothing?, 2e87f1d16862e6d964b50a5200bf2b10b764faa9680a296a2405f24bec39f882"
    })
    void hmacMatchesGmt0042AppendixD3(String key, String message, String expected) {
        byte[] data = message.startsWith("hex:") ? hex(message.substring(4)) : ascii(message);
        assertThat(HexFormat.of().formatHex(Sm3.hmac(hex(key), data))).isEqualTo(expected);
    }

    /** Against RFC 2104 written out on SM3 alone (64-byte block), for short, block-sized and long keys. */
    @Test
    void hmacMatchesAnIndependentRfc2104Construction() {
        Random random = new Random(20261129);
        for (int keyLength : new int[] {1, 16, 32, 63, 64, 65, 100, 200}) {
            byte[] key = new byte[keyLength];
            byte[] message = new byte[random.nextInt(300)];
            random.nextBytes(key);
            random.nextBytes(message);
            assertThat(Sm3.hmac(key, message)).as("key of %d bytes", keyLength).isEqualTo(rfc2104(key, message));
        }
    }

    private static byte[] rfc2104(byte[] key, byte[] message) {
        byte[] block = Arrays.copyOf(key.length > 64 ? Sm3.hash(key) : key, 64);
        byte[] inner = new byte[64];
        byte[] outer = new byte[64];
        for (int i = 0; i < 64; i++) {
            inner[i] = (byte) (block[i] ^ 0x36);
            outer[i] = (byte) (block[i] ^ 0x5c);
        }
        return Sm3.hash(outer, Sm3.hash(inner, message));
    }
}
