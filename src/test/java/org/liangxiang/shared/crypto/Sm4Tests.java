package org.liangxiang.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liangxiang.shared.crypto.TestKeys.hex;

import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.params.KeyParameter;
import org.bouncycastle.util.Arrays;
import org.junit.jupiter.api.Test;

/** SM4 (GB/T 32907) and SM4-GCM (RFC 8998) as the key service uses them. */
class Sm4Tests {

    private static final byte[] STANDARD_KEY = hex("0123456789abcdeffedcba9876543210");

    private static byte[] encryptBlock(byte[] key, byte[] block, int times) {
        SM4Engine engine = new SM4Engine();
        engine.init(true, new KeyParameter(key));
        byte[] out = block.clone();
        for (int i = 0; i < times; i++) {
            engine.processBlock(out, 0, out, 0);
        }
        return out;
    }

    /** GB/T 32907-2016 Appendix A, example 1: key and plaintext 0123456789abcdeffedcba9876543210. */
    @Test
    void encryptsTheStandardBlock() {
        assertThat(encryptBlock(STANDARD_KEY, STANDARD_KEY, 1)).isEqualTo(hex("681edf34d206965e86b3e94f536e4246"));
    }

    /** GB/T 32907-2016 Appendix A, example 2: the same block encrypted 1,000,000 times with the same key. */
    @Test
    void encryptsTheStandardBlockAMillionTimes() {
        assertThat(encryptBlock(STANDARD_KEY, STANDARD_KEY, 1_000_000))
                .isEqualTo(hex("595298c7c6fd271f0402f804c33d3f66"));
    }

    @Test
    void decryptsTheStandardBlock() {
        SM4Engine engine = new SM4Engine();
        engine.init(false, new KeyParameter(STANDARD_KEY));
        byte[] out = new byte[16];
        engine.processBlock(hex("681edf34d206965e86b3e94f536e4246"), 0, out, 0);
        assertThat(out).isEqualTo(STANDARD_KEY);
    }

    private static final byte[] RFC8998_NONCE = hex("00001234567800000000ABCD");
    private static final byte[] RFC8998_AAD = hex("FEEDFACEDEADBEEFFEEDFACEDEADBEEFABADDAD2");
    private static final byte[] RFC8998_PLAINTEXT =
            hex("AAAAAAAAAAAAAAAABBBBBBBBBBBBBBBBCCCCCCCCCCCCCCCCDDDDDDDDDDDDDDDD"
                    + "EEEEEEEEEEEEEEEEFFFFFFFFFFFFFFFFEEEEEEEEEEEEEEEEAAAAAAAAAAAAAAAA");
    private static final byte[] RFC8998_CIPHERTEXT_AND_TAG =
            hex("17F399F08C67D5EE19D0DC9969C4BB7D5FD46FD3756489069157B282BB200735"
                    + "D82710CA5C22F0CCFA7CBF93D496AC15A56834CBCF98C397B4024A2691233B8D"
                    + "83DE3541E4C2B58177E065A9BF7B62EC");

    private static SoftwareKeyService serviceWithTheRfcKey(int version) {
        KeyProperties properties = TestKeys.properties(new Random(8998));
        return new SoftwareKeyService(new KeyProperties(
                version,
                Map.of(version, Base64.getEncoder().encodeToString(STANDARD_KEY)),
                properties.blindIndexKey(),
                properties.signingKey(),
                List.of()));
    }

    /**
     * Short values are sealed without GCM's multiplication tables, longer ones with them: the same SM4-GCM either way,
     * checked against Bouncy Castle's default on both sides of the boundary, and each opened again.
     */
    @Test
    void sealsShortAndLongValuesAlikeWithOrWithoutTheTables() throws Exception {
        SoftwareKeyService service = serviceWithTheRfcKey(1);
        Random random = new Random(2048);
        for (int length : new int[] {0, 1, 16, 64, SoftwareKeyService.SHORT, SoftwareKeyService.SHORT + 1, 70_000}) {
            byte[] plaintext = new byte[length];
            random.nextBytes(plaintext);

            byte[] sealed = service.encrypt(plaintext, RFC8998_AAD, RFC8998_NONCE);

            org.bouncycastle.crypto.modes.GCMModeCipher reference =
                    org.bouncycastle.crypto.modes.GCMBlockCipher.newInstance(new SM4Engine());
            reference.init(
                    true,
                    new org.bouncycastle.crypto.params.AEADParameters(
                            new KeyParameter(STANDARD_KEY), 128, RFC8998_NONCE, RFC8998_AAD));
            byte[] expected = new byte[reference.getOutputSize(length)];
            reference.doFinal(expected, reference.processBytes(plaintext, 0, length, expected, 0));
            assertThat(sealed)
                    .as("length %d", length)
                    .isEqualTo(Arrays.concatenate(hex("010001"), RFC8998_NONCE, expected));
            assertThat(service.decrypt(sealed, RFC8998_AAD))
                    .as("length %d", length)
                    .isEqualTo(plaintext);
        }
    }

    /** RFC 8998 Appendix A.1, through the service's own sealing: header, then the nonce, then the RFC's output. */
    @Test
    void sealsTheRfc8998Vector() {
        byte[] sealed = serviceWithTheRfcKey(7).encrypt(RFC8998_PLAINTEXT, RFC8998_AAD, RFC8998_NONCE);

        assertThat(sealed).isEqualTo(Arrays.concatenate(hex("010007"), RFC8998_NONCE, RFC8998_CIPHERTEXT_AND_TAG));
    }

    @Test
    void opensTheRfc8998Vector() {
        byte[] sealed = Arrays.concatenate(hex("010001"), RFC8998_NONCE, RFC8998_CIPHERTEXT_AND_TAG);

        assertThat(serviceWithTheRfcKey(1).decrypt(sealed, RFC8998_AAD)).isEqualTo(RFC8998_PLAINTEXT);
    }

    @Test
    void refusesTheRfc8998VectorWithChangedAssociatedData() {
        byte[] sealed = Arrays.concatenate(hex("010001"), RFC8998_NONCE, RFC8998_CIPHERTEXT_AND_TAG);
        byte[] changed = RFC8998_AAD.clone();
        changed[19] ^= 1;

        assertThatThrownBy(() -> serviceWithTheRfcKey(1).decrypt(sealed, changed))
                .isInstanceOf(CryptoException.class)
                .hasMessageContaining("changed");
    }
}
