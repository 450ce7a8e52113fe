package org.liangxiang.shared.crypto;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * The operator's tool for production keys: prints fresh {@code liangxiang.keys.*} values as environment-variable lines
 * ({@code LIANGXIANG_KEYS_...}, bound by Spring's relaxed binding), ready for a secrets store or a root-only env file.
 * Run it from the packaged application (docs/crypto.md):
 *
 * <pre>
 * java -cp liangxiang.jar -Dloader.main=org.liangxiang.shared.crypto.KeyGenerator \
 *      org.springframework.boot.loader.launch.PropertiesLauncher [data-key VERSION | signing-key]
 * </pre>
 *
 * Without arguments it prints a complete first set; {@code data-key N} a new data key of version N and
 * {@code signing-key} a new SM2 pair, for rotations.
 */
public final class KeyGenerator {

    static final String USAGE = "usage: KeyGenerator [data-key VERSION | signing-key]";

    private KeyGenerator() {}

    public static void main(String[] args) {
        try {
            System.out.print(lines(args, new SecureRandom()));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    static String lines(String[] args, SecureRandom random) {
        if (args.length == 0) {
            return "# Liangxiang keys (docs/crypto.md). Secret: keep them in the secrets store, never in a repository.\n"
                    + dataKey(1, random) + blindIndexKey(random) + signingKey(random);
        }
        if (args.length == 2 && args[0].equals("data-key")) {
            return "# Data-key rotation: add these lines and keep every earlier LIANGXIANG_KEYS_DATAKEYS_* line\n"
                    + "# until the re-encryption job has moved all values to the new version.\n"
                    + dataKey(version(args[1]), random);
        }
        if (args.length == 1 && args[0].equals("signing-key")) {
            return "# Signing-key rotation: replace SIGNINGKEY and VERIFICATIONKEY, and add the old VERIFICATIONKEY\n"
                    + "# as the next LIANGXIANG_KEYS_PREVIOUSVERIFICATIONKEYS_<n> so that old signatures still verify.\n"
                    + signingKey(random);
        }
        throw new IllegalArgumentException(USAGE);
    }

    private static int version(String value) {
        try {
            return KeyMaterial.version("data-key VERSION", Integer.parseInt(value));
        } catch (NumberFormatException | CryptoException e) {
            throw new IllegalArgumentException(USAGE + " (VERSION from 1 to 65535)", e);
        }
    }

    private static String dataKey(int version, SecureRandom random) {
        return "LIANGXIANG_KEYS_CURRENTVERSION=" + version + "\n" + "LIANGXIANG_KEYS_DATAKEYS_" + version + "="
                + base64(16, random) + "\n";
    }

    private static String blindIndexKey(SecureRandom random) {
        return "LIANGXIANG_KEYS_BLINDINDEXKEY=" + base64(32, random) + "\n";
    }

    private static String signingKey(SecureRandom random) {
        String[] pair = Sm2.generateKeyPairHex(random);
        return "LIANGXIANG_KEYS_SIGNINGKEY=" + pair[0] + "\n" + "LIANGXIANG_KEYS_VERIFICATIONKEY=" + pair[1] + "\n";
    }

    private static String base64(int length, SecureRandom random) {
        byte[] key = new byte[length];
        random.nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
