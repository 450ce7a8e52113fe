package org.liangxiang.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SoftwareKeyServiceTests {

    private final Random random = new Random(4_2026_1129L);
    private final byte[] associatedData = "applicant\0resident_id\042".getBytes(StandardCharsets.UTF_8);

    private SoftwareKeyService service(int currentVersion, Map<Integer, String> dataKeys) {
        return new SoftwareKeyService(TestKeys.properties(random, currentVersion, dataKeys));
    }

    @Test
    void decryptsWhatItEncrypted() {
        SoftwareKeyService keys = new SoftwareKeyService(TestKeys.properties(random));
        for (int length : new int[] {0, 1, 15, 16, 17, 100, 4096}) {
            byte[] plaintext = new byte[length];
            random.nextBytes(plaintext);
            byte[] sealed = keys.encrypt(plaintext, associatedData);

            assertThat(sealed).hasSize(3 + 12 + length + 16);
            assertThat(keys.decrypt(sealed, associatedData)).isEqualTo(plaintext);
        }
    }

    @Test
    void usesAFreshNonceEachTime() {
        SoftwareKeyService keys = new SoftwareKeyService(TestKeys.properties(random));
        byte[] plaintext = "410102199003071234".getBytes(StandardCharsets.UTF_8);

        assertThat(keys.encrypt(plaintext, associatedData)).isNotEqualTo(keys.encrypt(plaintext, associatedData));
    }

    @Test
    void refusesEveryChangedByte() {
        SoftwareKeyService keys = new SoftwareKeyService(TestKeys.properties(random));
        byte[] sealed = keys.encrypt("13812345678".getBytes(StandardCharsets.UTF_8), associatedData);
        for (int i = 0; i < sealed.length; i++) {
            byte[] changed = sealed.clone();
            changed[i] ^= 0x01;
            assertThatThrownBy(() -> keys.decrypt(changed, associatedData))
                    .as("byte %d changed", i)
                    .isInstanceOf(CryptoException.class);
        }
    }

    @Test
    void refusesOtherAssociatedData() {
        SoftwareKeyService keys = new SoftwareKeyService(TestKeys.properties(random));
        byte[] sealed = keys.encrypt(new byte[] {1, 2, 3}, associatedData);

        assertThatThrownBy(() -> keys.decrypt(sealed, "applicant\0resident_id\043".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(CryptoException.class)
                .hasMessage("The ciphertext or its associated data was changed");
    }

    @Test
    void refusesTruncatedAndForeignBytes() {
        SoftwareKeyService keys = new SoftwareKeyService(TestKeys.properties(random));
        byte[] sealed = keys.encrypt(new byte[] {1, 2, 3}, associatedData);

        assertThatThrownBy(() -> keys.decrypt(java.util.Arrays.copyOf(sealed, 30), associatedData))
                .isInstanceOf(CryptoException.class);
        assertThatThrownBy(() -> keys.decrypt(new byte[40], associatedData))
                .isInstanceOf(CryptoException.class)
                .hasMessage("Not a Liangxiang ciphertext");
    }

    @Test
    void rotationKeepsOldCiphertextsReadableAndSealsNewOnesWithTheNewVersion() {
        String key1 = TestKeys.key(random, 16);
        String key2 = TestKeys.key(random, 16);
        byte[] plaintext = "张三".getBytes(StandardCharsets.UTF_8);
        byte[] old = service(1, Map.of(1, key1)).encrypt(plaintext, associatedData);

        SoftwareKeyService rotated = service(2, Map.of(1, key1, 2, key2));
        byte[] fresh = rotated.encrypt(plaintext, associatedData);

        assertThat(KeyService.keyVersion(old)).isEqualTo(1);
        assertThat(rotated.decrypt(old, associatedData)).isEqualTo(plaintext);
        assertThat(rotated.currentKeyVersion()).isEqualTo(2);
        assertThat(KeyService.keyVersion(fresh)).isEqualTo(2);
        assertThat(service(2, Map.of(2, key2)).decrypt(fresh, associatedData)).isEqualTo(plaintext);
    }

    @Test
    void withoutTheOldKeyRefusesNamingItsVersion() {
        byte[] old = service(1, Map.of(1, TestKeys.key(random, 16))).encrypt(new byte[] {7}, associatedData);
        SoftwareKeyService withoutVersion1 = service(2, Map.of(2, TestKeys.key(random, 16)));

        assertThatThrownBy(() -> withoutVersion1.decrypt(old, associatedData))
                .isInstanceOf(CryptoException.class)
                .hasMessageContaining("No data key of version 1 ")
                .hasMessageContaining("liangxiang.keys.data-keys.1");
    }

    @Test
    void keyVersionsAboveOneByteSurviveTheHeader() {
        byte[] sealed = service(300, Map.of(300, TestKeys.key(random, 16))).encrypt(new byte[] {7}, associatedData);

        assertThat(KeyService.keyVersion(sealed)).isEqualTo(300);
    }

    @Test
    void blindIndexIsDeterministicAndSeparatedByPurpose() {
        KeyProperties properties = TestKeys.properties(random);
        SoftwareKeyService keys = new SoftwareKeyService(properties);
        byte[] value = "13812345678".getBytes(StandardCharsets.UTF_8);

        assertThat(keys.blindIndex("phone", value))
                .hasSize(32)
                .isEqualTo(new SoftwareKeyService(properties).blindIndex("phone", value))
                .isNotEqualTo(keys.blindIndex("resident-id", value))
                .isNotEqualTo(new SoftwareKeyService(TestKeys.properties(random)).blindIndex("phone", value));
    }

    /** HMAC-SM3 (checked against GM/T 0042 in Sm3Tests) over purpose, a zero byte and the value. */
    @Test
    void blindIndexIsHmacSm3OverPurposeAndValue() {
        KeyProperties properties = TestKeys.properties(random);
        byte[] value = "41010219900307123X".getBytes(StandardCharsets.UTF_8);
        byte[] expected = Sm3.hmac(
                Base64.getDecoder().decode(properties.blindIndexKey()),
                "resident-id\0".getBytes(StandardCharsets.UTF_8),
                value);

        assertThat(new SoftwareKeyService(properties).blindIndex("resident-id", value))
                .isEqualTo(expected);
    }

    @Test
    void blindIndexRefusesAPurposeThatCouldRunIntoTheValue() {
        SoftwareKeyService keys = new SoftwareKeyService(TestKeys.properties(random));

        assertThatThrownBy(() -> keys.blindIndex("phone\0", new byte[] {1})).isInstanceOf(CryptoException.class);
        assertThatThrownBy(() -> keys.blindIndex("", new byte[] {1})).isInstanceOf(CryptoException.class);
    }

    @Test
    void missingKeyMaterialIsNamedPropertyByProperty() {
        assertThatThrownBy(() -> new SoftwareKeyService(new KeyProperties(null, null, null, null, null)))
                .isInstanceOf(CryptoException.class)
                .hasMessageContaining("liangxiang.keys.current-version")
                .hasMessageContaining("liangxiang.keys.data-keys")
                .hasMessageContaining("liangxiang.keys.blind-index-key")
                .hasMessageContaining("liangxiang.keys.signing-key");
    }

    /** One property missing (or blank) at a time: the message names that one and no other. */
    @ParameterizedTest
    @CsvSource({"current-version", "data-keys", "blind-index-key", "signing-key"})
    void eachMissingPropertyIsNamedAlone(String property) {
        KeyProperties full = TestKeys.properties(random);
        KeyProperties missing = new KeyProperties(
                property.equals("current-version") ? null : full.currentVersion(),
                property.equals("data-keys") ? Map.of() : full.dataKeys(),
                property.equals("blind-index-key") ? " " : full.blindIndexKey(),
                property.equals("signing-key") ? null : full.signingKey(),
                List.of());

        assertThatThrownBy(() -> new SoftwareKeyService(missing))
                .isInstanceOf(CryptoException.class)
                .hasMessageStartingWith("Key material is missing: liangxiang.keys." + property + ". ");
    }

    /** Malformed key material: the message names the property and the rule. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "data-keys.1     | AAAA                   | liangxiang.keys.data-keys.1 must be a 16-byte SM4 key, not 3 bytes",
                "data-keys.1     | not*base64             | liangxiang.keys.data-keys.1 is not valid Base64",
                "data-keys.0     | AAAAAAAAAAAAAAAAAAAAAA== | liangxiang.keys.data-keys.0 must be a key version from 1 to 65535",
                "data-keys.65536 | AAAAAAAAAAAAAAAAAAAAAA== | liangxiang.keys.data-keys.65536 must be a key version from 1 to 65535",
                "current-version | 2                      | liangxiang.keys.current-version is 2 but liangxiang.keys.data-keys has no key of that version",
                "blind-index-key | AAAAAAAAAAAAAAAAAAAAAA== | liangxiang.keys.blind-index-key must be at least 32 bytes, not 16",
                "signing-key     | xyz                    | liangxiang.keys.signing-key: An SM2 private key must be a hexadecimal number",
                "signing-key     | 0                      | liangxiang.keys.signing-key: An SM2 private key must lie between 1 and n - 2",
                "verification-key | 04abcd                | liangxiang.keys.verification-key: Not an SM2 public key",
                "verification-key | OTHER                 | liangxiang.keys.verification-key is not the public key of liangxiang.keys.signing-key",
                "previous-verification-keys | 0400       | liangxiang.keys.previous-verification-keys[0]: Not an SM2 public key"
            })
    void malformedKeyMaterialIsNamed(String property, String value, String message) {
        KeyProperties full = TestKeys.properties(random);
        Map<Integer, String> dataKeys = new HashMap<>(full.dataKeys());
        if (property.startsWith("data-keys.")) {
            dataKeys.put(Integer.parseInt(property.substring("data-keys.".length())), value);
        }
        String otherPublicKey = TestKeys.verificationKey(TestKeys.signingKey(random));
        KeyProperties malformed = new KeyProperties(
                property.equals("current-version") ? Integer.valueOf(value) : full.currentVersion(),
                dataKeys,
                property.equals("blind-index-key") ? value : full.blindIndexKey(),
                property.equals("signing-key") ? value : full.signingKey(),
                property.equals("verification-key") ? value.replace("OTHER", otherPublicKey) : null,
                property.equals("previous-verification-keys") ? List.of(value) : List.of());

        assertThatThrownBy(() -> new SoftwareKeyService(malformed))
                .isInstanceOf(CryptoException.class)
                .hasMessageContaining(message);
    }

    @Test
    void acceptsTheMatchingVerificationKey() {
        KeyProperties full = TestKeys.properties(random);
        String publicKey = TestKeys.verificationKey(full.signingKey());
        KeyProperties checked = new KeyProperties(
                full.currentVersion(), full.dataKeys(), full.blindIndexKey(), full.signingKey(), publicKey, List.of());

        assertThat(new SoftwareKeyService(checked).verificationKeyHex()).isEqualTo(publicKey);
    }
}
