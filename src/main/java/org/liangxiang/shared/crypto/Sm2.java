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
        return new String[] {String.format("%064x", d), hex((ECPublicKeyParameters) pair.getPublic())};
    }

    /** The private key from its hex scalar; SM2 requires 1 <= d <= n - 2. */
    static ECPrivateKeyParameters privateKey(String hex) {
        BigInteger d;
        try {
            d = new BigInteger(hex.trim(), 16);
        } catch (NumberFormatException e) {
            throw new CryptoException("An SM2 private key must be a hexadecimal number", e);
        }
        if (d.signum() <= 0 || d.compareTo(DOMAIN.getN().subtract(BigInteger.TWO)) > 0) {
            throw new CryptoException("An SM2 private key must lie between 1 and n - 2 of the sm2p256v1 curve");
        }
        return new ECPrivateKeyParameters(d, DOMAIN);
    }

    static ECPublicKeyParameters publicKeyOf(ECPrivateKeyParameters key) {
        return new ECPublicKeyParameters(DOMAIN.getG().multiply(key.getD()).normalize(), DOMAIN);
    }

    /** A public key from its encoded point in hex; refuses anything that is not a point of the curve. */
    public static ECPublicKeyParameters publicKey(String hex) {
        try {
            return new ECPublicKeyParameters(
                    DOMAIN.getCurve().decodePoint(HexFormat.of().parseHex(hex.trim())), DOMAIN);
        } catch (IllegalArgumentException e) {
            throw new CryptoException("Not an SM2 public key (an encoded point of sm2p256v1 in hex)", e);
        }
    }

    /** The uncompressed encoding (04 || x || y) of a public key in hex. */
    public static String hex(ECPublicKeyParameters key) {
        return HexFormat.of().formatHex(key.getQ().getEncoded(false));
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
