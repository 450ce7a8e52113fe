package org.liangxiang.shared.crypto;

import org.bouncycastle.crypto.digests.SM3Digest;

/** SM3 (GB/T 32905) hashing. */
public final class Sm3 {

    public static final int LENGTH = 32;

    private Sm3() {}

    public static byte[] hash(byte[]... parts) {
        SM3Digest digest = new SM3Digest();
        for (byte[] part : parts) {
            digest.update(part, 0, part.length);
        }
        byte[] out = new byte[LENGTH];
        digest.doFinal(out, 0);
        return out;
    }
}
