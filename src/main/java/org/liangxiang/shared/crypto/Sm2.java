package org.liangxiang.shared.crypto;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.bouncycastle.asn1.gm.GMNamedCurves;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.AsymmetricCipherKeyPair;
import org.bouncycastle.crypto.generators.ECKeyPairGenerator;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECKeyGenerationParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.SM2Signer;

/** SM2 (GB/T 32918) signatures on the sm2p256v1 curve with SM3 and the standard default user id. */
public final class Sm2 {

    static final ECDomainParameters DOMAIN;

    static {
        X9ECParameters curve = GMNamedCurves.getByName("sm2p256v1");
        DOMAIN = new ECDomainParameters(curve.getCurve(), curve.getG(), curve.getN(), curve.getH());
    }

    private Sm2() {}

    /** A new key pair; the private scalar as 64 hex digits, the public key as an uncompressed point in hex. */
    public static String[] generateKeyPairHex(SecureRandom random) {
        ECKeyPairGenerator generator = new ECKeyPairGenerator();
        generator.init(new ECKeyGenerationParameters(DOMAIN, random));
        AsymmetricCipherKeyPair pair = generator.generateKeyPair();
        BigInteger d = ((ECPrivateKeyParameters) pair.getPrivate()).getD();
        String privateHex = String.format("%064x", d);
        String publicHex = HexFormat.of()
                .formatHex(((ECPublicKeyParameters) pair.getPublic()).getQ().getEncoded(false));
        return new String[] {privateHex, publicHex};
    }

    static ECPrivateKeyParameters privateKey(String hex) {
        return new ECPrivateKeyParameters(new BigInteger(hex.trim(), 16), DOMAIN);
    }

    static ECPublicKeyParameters publicKeyOf(ECPrivateKeyParameters key) {
        return new ECPublicKeyParameters(DOMAIN.getG().multiply(key.getD()).normalize(), DOMAIN);
    }

    public static ECPublicKeyParameters publicKey(String hex) {
        return new ECPublicKeyParameters(
                DOMAIN.getCurve().decodePoint(HexFormat.of().parseHex(hex.trim())), DOMAIN);
    }

    static byte[] sign(ECPrivateKeyParameters key, byte[] data, SecureRandom random) {
        SM2Signer signer = new SM2Signer();
        signer.init(true, new ParametersWithRandom(key, random));
        signer.update(data, 0, data.length);
        try {
            return signer.generateSignature();
        } catch (org.bouncycastle.crypto.CryptoException e) {
            throw new CryptoException("SM2 signing failed", e);
        }
    }

    /** Verifies a DER-encoded SM2 signature; false (never an exception) for a malformed or wrong signature. */
    public static boolean verify(ECPublicKeyParameters key, byte[] data, byte[] signature) {
        SM2Signer signer = new SM2Signer();
        signer.init(false, key);
        signer.update(data, 0, data.length);
        try {
            return signer.verifySignature(signature);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
