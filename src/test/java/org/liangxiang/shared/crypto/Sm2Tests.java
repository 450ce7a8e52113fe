package org.liangxiang.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liangxiang.shared.crypto.TestKeys.hex;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.List;
import java.util.Random;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** SM2 signatures: the standard's example, then the key service's signing and verification. */
class Sm2Tests {

    // GB/T 32918.5-2017 Appendix A (= GM/T 0003.5-2012 A.2): sm2p256v1, user id 1234567812345678.
    private static final String STANDARD_PRIVATE_KEY =
            "3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8";
    private static final String STANDARD_PUBLIC_KEY = "04"
            + "09F9DF311E5421A150DD7D161E4BC5C672179FAD1833FC076BB08FF356F35020"
            + "CCEA490CE26775A52DC6EA718CC1AA600AED05FBF35E084A6632F6072DA9AD13";
    private static final String STANDARD_K = "59276E27D506861A16680F3AD9C02DCCEF3CC1FA3CDBE4CE6D54B80DEAC1BC21";
    private static final BigInteger STANDARD_R =
            new BigInteger("F5A03B0648D2C4630EEAC513E1BB81A15944DA3827D5B74143AC7EACEEE720B3", 16);
    private static final BigInteger STANDARD_S =
            new BigInteger("B1B6AA29DF212FD8763182BC0D421CA1BB9038FD1F7F42D4840B69C485BBC1AA", 16);
    private static final byte[] STANDARD_MESSAGE = "message digest".getBytes(StandardCharsets.US_ASCII);

    private static byte[] der(BigInteger r, BigInteger s) throws Exception {
        return new DERSequence(new ASN1Integer[] {new ASN1Integer(r), new ASN1Integer(s)}).getEncoded();
    }

    /** Hands out the standard's k where the signer asks for randomness. */
    private static final class FixedRandom extends SecureRandom {
        private final byte[] value;

        FixedRandom(byte[] value) {
            this.value = value;
        }

        @Override
        public void nextBytes(byte[] bytes) {
            System.arraycopy(value, 0, bytes, 0, bytes.length);
        }
    }

    @Test
    void derivesTheStandardPublicKey() {
        assertThat(Sm2.hex(Sm2.publicKeyOf(Sm2.privateKey(STANDARD_PRIVATE_KEY))))
                .isEqualToIgnoringCase(STANDARD_PUBLIC_KEY);
    }

    @Test
    void verifiesTheStandardSignature() throws Exception {
        assertThat(Sm2.verify(Sm2.publicKey(STANDARD_PUBLIC_KEY), STANDARD_MESSAGE, der(STANDARD_R, STANDARD_S)))
                .isTrue();
    }

    @Test
    void signsTheStandardExampleWithItsK() {
        byte[] signature =
                Sm2.sign(Sm2.privateKey(STANDARD_PRIVATE_KEY), STANDARD_MESSAGE, new FixedRandom(hex(STANDARD_K)));

        ASN1Sequence rs = ASN1Sequence.getInstance(signature);
        assertThat(ASN1Integer.getInstance(rs.getObjectAt(0)).getValue()).isEqualTo(STANDARD_R);
        assertThat(ASN1Integer.getInstance(rs.getObjectAt(1)).getValue()).isEqualTo(STANDARD_S);
    }

    @Test
    void refusesTheStandardSignatureForAnotherMessage() throws Exception {
        assertThat(Sm2.verify(
                        Sm2.publicKey(STANDARD_PUBLIC_KEY),
                        "message digesT".getBytes(StandardCharsets.US_ASCII),
                        der(STANDARD_R, STANDARD_S)))
                .isFalse();
    }

    private final Random random = new Random(32918);
    private final byte[] data = "audit checkpoint 42".getBytes(StandardCharsets.UTF_8);

    @Test
    void verifiesItsOwnSignatureWithAGeneratedKey() {
        String[] pair = Sm2.generateKeyPairHex(new SecureRandom());
        byte[] signature = Sm2.sign(Sm2.privateKey(pair[0]), data, new SecureRandom());

        assertThat(Sm2.verify(Sm2.publicKey(pair[1]), data, signature)).isTrue();
        assertThat(Sm2.hex(Sm2.publicKeyOf(Sm2.privateKey(pair[0])))).isEqualTo(pair[1]);
    }

    @Test
    void keyServiceSignatureVerifies() {
        KeyService keys = new SoftwareKeyService(TestKeys.properties(random));

        assertThat(keys.verify(data, keys.sign(data))).isTrue();
    }

    @Test
    void verifyFailsForChangedData() {
        KeyService keys = new SoftwareKeyService(TestKeys.properties(random));
        byte[] signature = keys.sign(data);
        byte[] changed = data.clone();
        changed[0] ^= 1;

        assertThat(keys.verify(changed, signature)).isFalse();
    }

    @Test
    void verifyFailsForEveryChangedSignatureByte() {
        KeyService keys = new SoftwareKeyService(TestKeys.properties(random));
        byte[] signature = keys.sign(data);
        for (int i = 0; i < signature.length; i++) {
            byte[] changed = signature.clone();
            changed[i] ^= 0x10;
            assertThat(keys.verify(data, changed)).as("byte %d changed", i).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "00", "3000", "30440220"})
    void verifyIsFalseForMalformedSignatures(String signature) {
        KeyService keys = new SoftwareKeyService(TestKeys.properties(random));

        assertThat(keys.verify(data, hex(signature))).isFalse();
    }

    @Test
    void verifyFailsForAnotherKeysSignature() {
        KeyService keys = new SoftwareKeyService(TestKeys.properties(random));
        KeyService other = new SoftwareKeyService(TestKeys.properties(random));

        assertThat(keys.verify(data, other.sign(data))).isFalse();
    }

    @Test
    void verifiesWithARotatedOutKeyListedAsPrevious() {
        KeyProperties old = TestKeys.properties(random);
        byte[] oldSignature = new SoftwareKeyService(old).sign(data);
        KeyProperties fresh = TestKeys.properties(random);
        KeyProperties rotated = new KeyProperties(
                fresh.currentVersion(),
                fresh.dataKeys(),
                fresh.blindIndexKey(),
                fresh.signingKey(),
                List.of(TestKeys.verificationKey(old.signingKey())));

        assertThat(new SoftwareKeyService(rotated).verify(data, oldSignature)).isTrue();
        assertThat(new SoftwareKeyService(fresh).verify(data, oldSignature)).isFalse();
    }

    @Test
    void signsWithTheCurrentKeyAfterRotation() {
        KeyProperties old = TestKeys.properties(random);
        KeyProperties fresh = TestKeys.properties(random);
        SoftwareKeyService rotated = new SoftwareKeyService(new KeyProperties(
                fresh.currentVersion(),
                fresh.dataKeys(),
                fresh.blindIndexKey(),
                fresh.signingKey(),
                List.of(TestKeys.verificationKey(old.signingKey()))));

        byte[] signature = rotated.sign(data);

        assertThat(Sm2.verify(Sm2.publicKey(TestKeys.verificationKey(fresh.signingKey())), data, signature))
                .isTrue();
        assertThat(Sm2.verify(Sm2.publicKey(TestKeys.verificationKey(old.signingKey())), data, signature))
                .isFalse();
        assertThat(rotated.verificationKeyHex()).isEqualTo(TestKeys.verificationKey(fresh.signingKey()));
    }

    /** 0, n - 1 (SM2 needs 1 + d invertible), n, and text that is not hex. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54122",
                "FFFFFFFEFFFFFFFFFFFFFFFFFFFFFFFF7203DF6B21C6052B53BBF40939D54123",
                "not-a-key"
            })
    void refusesPrivateKeysOutsideTheCurve(String key) {
        assertThatThrownBy(() -> Sm2.privateKey(key)).isInstanceOf(CryptoException.class);
    }

    @Test
    void refusesAPointOffTheCurve() {
        String offCurve = STANDARD_PUBLIC_KEY.substring(0, STANDARD_PUBLIC_KEY.length() - 1) + "4";

        assertThatThrownBy(() -> Sm2.publicKey(offCurve))
                .isInstanceOf(CryptoException.class)
                .hasMessageContaining("Not an SM2 public key");
    }
}
