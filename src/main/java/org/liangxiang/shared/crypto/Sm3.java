package org.liangxiang.shared.crypto;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/** SM3 (GB/T 32905) hashing, and HMAC-SM3 (GM/T 0042) for the key service. */
public final class Sm3 {

    public static final int LENGTH = 32;

    private Sm3() {}

    /** The SM3 hash of the concatenated parts. */
    public static byte[] hash(byte[]... parts) {
        SM3Digest digest = new SM3Digest();
        for (byte[] part : parts) {
            digest.update(part, 0, part.length);
        }
        byte[] out = new byte[LENGTH];
        digest.doFinal(out, 0);
        return out;
    }

    /** HMAC-SM3 of the concatenated parts. Package-private: keys stay inside the key service. */
    static byte[] hmac(byte[] key, byte[]... parts) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key));
        for (byte[] part : parts) {
            mac.update(part, 0, part.length);
        }
        byte[] out = new byte[LENGTH];
        mac.doFinal(out, 0);
        return out;
    }
}
