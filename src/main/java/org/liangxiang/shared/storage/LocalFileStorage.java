package org.liangxiang.shared.storage;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import org.liangxiang.shared.crypto.CryptoException;
import org.liangxiang.shared.crypto.KeyService;
import org.liangxiang.shared.crypto.Sm3;

/**
 * Files in a local (or mounted, shared) directory, encrypted at rest with the {@link KeyService} (SM4-GCM, the key as
 * associated data, so a file copied under another key does not open). Files live in two levels of sub-directories named
 * after the key's first hex digits ({@code 0f/8e/0f8e2b6c-...}); each is written to a temporary file beside them and
 * moved into place, so a reader never sees half a file. The whole content is held in memory while it is encrypted,
 * which is why the storage has a limit of its own (10 MB by default).
 */
public class LocalFileStorage implements FileStorage {

    private static final String TEMP_DIRECTORY = "tmp";

    private final Path root;
    private final long limit;
    private final KeyService keys;

    public LocalFileStorage(Path root, long limit, KeyService keys) {
        if (limit <= 0) {
            throw new IllegalArgumentException("The storage limit must be positive, not " + limit);
        }
        this.root = root.toAbsolutePath().normalize();
        this.limit = limit;
        this.keys = keys;
        try {
            Files.createDirectories(this.root.resolve(TEMP_DIRECTORY));
        } catch (IOException e) {
            throw new FileStorageException("Cannot create the storage directory " + this.root, e);
        }
    }

    @Override
    public StoredFile store(InputStream content, long maxBytes, String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw new IllegalArgumentException("contentType: a media type is required, e.g. application/pdf");
        }
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative, not " + maxBytes);
        }
        long max = Math.min(maxBytes, limit);
        byte[] plaintext = readAtMost(content, max);
        String key = StorageKeys.newKey();
        write(pathOf(key), keys.encrypt(plaintext, associatedData(key)));
        return new StoredFile(key, plaintext.length, HexFormat.of().formatHex(Sm3.hash(plaintext)), contentType);
    }

    @Override
    public InputStream open(String key) {
        Path path = pathOf(key);
        try {
            return new ByteArrayInputStream(keys.decrypt(Files.readAllBytes(path), associatedData(key)));
        } catch (NoSuchFileException e) {
            throw new StoredFileNotFoundException(key);
        } catch (IOException e) {
            throw new FileStorageException("Cannot read the stored file " + key, e);
        } catch (CryptoException e) {
            throw new FileStorageException("The stored file " + key + " was changed or its key is missing", e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            throw new FileStorageException("Cannot delete the stored file " + key, e);
        }
    }

    @Override
    public boolean exists(String key) {
        return Files.isRegularFile(pathOf(key));
    }

    /** The file's place: only ever built from a validated key, so it cannot leave the root. */
    Path pathOf(String key) {
        StorageKeys.requireValid(key);
        return root.resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key);
    }

    private static byte[] associatedData(String key) {
        return key.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] readAtMost(InputStream content, long max) {
        int cap = (int) Math.min(max, Integer.MAX_VALUE - 16);
        try {
            byte[] bytes = content.readNBytes(cap + 1);
            if (bytes.length > cap) {
                throw new FileTooLargeException(max);
            }
            return bytes;
        } catch (IOException e) {
            throw new FileStorageException("Cannot read the content to store", e);
        }
    }

    private void write(Path target, byte[] bytes) {
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(root.resolve(TEMP_DIRECTORY), "upload-", ".part");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            move(temp, target);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new FileStorageException("Cannot write the stored file " + target.getFileName(), e);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // the temporary directory is only ever read by people cleaning up
            }
        }
    }
}
