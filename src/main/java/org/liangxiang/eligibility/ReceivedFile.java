package org.liangxiang.eligibility;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bouncycastle.crypto.digests.SM3Digest;

/** An uploaded file copied to a temporary file as it streams in, with the SM3 digest of its bytes. */
record ReceivedFile(Path path, byte[] digest) {

    static ReceivedFile copy(InputStream in) throws IOException {
        Path path = Files.createTempFile("liangxiang-import-", ".bin");
        SM3Digest sm3 = new SM3Digest();
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(path)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sm3.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(path);
            throw e;
        }
        byte[] digest = new byte[sm3.getDigestSize()];
        sm3.doFinal(digest, 0);
        return new ReceivedFile(path, digest);
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
