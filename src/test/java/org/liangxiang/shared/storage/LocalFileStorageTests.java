package org.liangxiang.shared.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liangxiang.shared.crypto.KeyProperties;
import org.liangxiang.shared.crypto.KeyService;
import org.liangxiang.shared.crypto.Sm2;
import org.liangxiang.shared.crypto.Sm3;
import org.liangxiang.shared.crypto.SoftwareKeyService;

class LocalFileStorageTests {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path directory;

    private final Random random = new Random(20261129);
    private LocalFileStorage storage;

    static KeyService testKeys() {
        SecureRandom random = new SecureRandom();
        byte[] dataKey = new byte[16];
        byte[] indexKey = new byte[32];
        random.nextBytes(dataKey);
        random.nextBytes(indexKey);
        return new SoftwareKeyService(new KeyProperties(
                1,
                Map.of(1, Base64.getEncoder().encodeToString(dataKey)),
                Base64.getEncoder().encodeToString(indexKey),
                Sm2.generateKeyPairHex(random)[0],
                List.of()));
    }

    @BeforeEach
    void setUp() {
        storage = new LocalFileStorage(directory, 10 * MB, testKeys());
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] read(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    @Test
    void returnsTheStoredContentWithItsSizeAndSm3Digest() throws IOException {
        byte[] content = randomBytes(100_000);

        StoredFile stored = storage.store(content, 10 * MB, "application/pdf");

        assertThat(read(storage.open(stored.key()))).isEqualTo(content);
        assertThat(stored.size()).isEqualTo(100_000);
        assertThat(stored.sm3()).isEqualTo(HexFormat.of().formatHex(Sm3.hash(content)));
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(storage.exists(stored.key())).isTrue();
    }

    @Test
    void storesAFileOfTheFullTenMegabytesFromAStream() throws IOException {
        byte[] content = randomBytes((int) (10 * MB));

        StoredFile stored = storage.store(new java.io.ByteArrayInputStream(content), 10 * MB, "image/jpeg");

        assertThat(read(storage.open(stored.key()))).isEqualTo(content);
    }

    @Test
    void storesAnEmptyFile() throws IOException {
        StoredFile stored = storage.store(new byte[0], 10 * MB, "text/plain");

        assertThat(read(storage.open(stored.key()))).isEmpty();
        assertThat(stored.size()).isZero();
    }

    @Test
    void keepsOnlyCiphertextOnDisk() throws IOException {
        byte[] content = "张三 410102199003071234 残疾人证 第二代 一级 肢体".repeat(50).getBytes(StandardCharsets.UTF_8);

        StoredFile stored = storage.store(content, MB, "text/plain");

        byte[] onDisk = Files.readAllBytes(storage.pathOf(stored.key()));
        assertThat(onDisk).isNotEqualTo(content);
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1))
                .doesNotContain(
                        new String("410102199003071234".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                .doesNotContain(new String("张三".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1));
    }

    @Test
    void shardsFilesIntoSubdirectoriesNamedAfterTheKey() {
        StoredFile stored = storage.store(randomBytes(10), MB, "text/plain");

        Path path = storage.pathOf(stored.key());
        assertThat(path).isRegularFile();
        assertThat(directory.relativize(path).toString())
                .isEqualTo(stored.key().substring(0, 2) + "/" + stored.key().substring(2, 4) + "/" + stored.key());
    }

    @Test
    void refusesAFileMovedUnderAnotherKey() throws IOException {
        StoredFile first = storage.store(randomBytes(100), MB, "text/plain");
        StoredFile second = storage.store(randomBytes(100), MB, "text/plain");
        Files.copy(
                storage.pathOf(first.key()),
                storage.pathOf(second.key()),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> storage.open(second.key()))
                .isInstanceOf(FileStorageException.class)
                .hasMessageContaining("was changed");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../etc/passwd",
                "..",
                "/etc/passwd",
                "tmp/upload-1.part",
                "0f/8e/0f8e2b6c-3d1a-4c5e-9b7f-2a4d6e8c0b1f",
                "0F8E2B6C-3D1A-4C5E-9B7F-2A4D6E8C0B1F",
                "0f8e2b6c-3d1a-4c5e-9b7f-2a4d6e8c0b1f/../../x",
                "0f8e2b6c-3d1a-4c5e-9b7f-2a4d6e8c0b1f\u0000",
                "0f8e2b6c-3d1a-1c5e-9b7f-2a4d6e8c0b1f",
                "申请表.pdf",
                ""
            })
    void refusesKeysTheStorageDidNotMake(String key) {
        for (Callable<?> use : List.<Callable<?>>of(() -> storage.open(key), () -> storage.exists(key), () -> {
            storage.delete(key);
            return null;
        })) {
            assertThatThrownBy(use::call)
                    .isInstanceOf(InvalidStorageKeyException.class)
                    .hasMessageContaining("Not a storage key")
                    .satisfies(e -> assertThat(key.isEmpty() || !e.getMessage().contains(key))
                            .as("the refused key is not echoed")
                            .isTrue());
        }
    }

    @Test
    void refusesANullKey() {
        assertThatThrownBy(() -> storage.open(null)).isInstanceOf(InvalidStorageKeyException.class);
    }

    @Test
    void refusesContentOverTheCallersLimitAndKeepsNothing() throws IOException {
        assertThatThrownBy(() -> storage.store(randomBytes(1025), 1024, "image/png"))
                .isInstanceOf(FileTooLargeException.class)
                .hasMessage("The file is larger than the limit of 1024 bytes (1 KB)");

        assertThat(filesUnder(directory)).isEmpty();
    }

    @Test
    void acceptsContentOfExactlyTheLimit() {
        assertThat(storage.store(randomBytes(1024), 1024, "image/png").size()).isEqualTo(1024);
    }

    @Test
    void refusesContentOverTheStoragesOwnLimitWhateverTheCallerAllows() {
        LocalFileStorage small = new LocalFileStorage(directory, 2 * MB, testKeys());

        assertThatThrownBy(() -> small.store(
                        new java.io.ByteArrayInputStream(randomBytes((int) (2 * MB + 1))), Long.MAX_VALUE, "image/png"))
                .isInstanceOf(FileTooLargeException.class)
                .hasMessageContaining("2 MB")
                .extracting(e -> ((FileTooLargeException) e).maxBytes())
                .isEqualTo(2 * MB);
    }

    @Test
    void refusesAMissingContentType() {
        assertThatThrownBy(() -> storage.store(randomBytes(10), MB, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contentType");
    }

    @Test
    void deletesAndThenReportsTheFileMissing() {
        StoredFile stored = storage.store(randomBytes(10), MB, "text/plain");

        storage.delete(stored.key());
        storage.delete(stored.key());

        assertThat(storage.exists(stored.key())).isFalse();
        assertThatThrownBy(() -> storage.open(stored.key()))
                .isInstanceOf(StoredFileNotFoundException.class)
                .hasMessageContaining(stored.key());
    }

    @Test
    void concurrentStoresGetTheirOwnKeysAndContent() throws Exception {
        int count = 64;
        List<byte[]> contents = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            contents.add(randomBytes(1000 + i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<StoredFile>> futures = new ArrayList<>();
            for (byte[] content : contents) {
                futures.add(pool.submit(() -> storage.store(content, MB, "application/octet-stream")));
            }
            HashSet<String> keys = new HashSet<>();
            for (int i = 0; i < count; i++) {
                StoredFile stored = futures.get(i).get();
                keys.add(stored.key());
                assertThat(read(storage.open(stored.key()))).isEqualTo(contents.get(i));
            }
            assertThat(keys).hasSize(count);
        } finally {
            pool.shutdownNow();
        }
        assertThat(filesUnder(directory.resolve("tmp"))).isEmpty();
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void keysAreRandomUuidsNeverFromTheContent() {
        byte[] content = randomBytes(10);

        String first = storage.store(content, MB, "text/plain").key();
        String second = storage.store(Arrays.copyOf(content, content.length), MB, "text/plain")
                .key();

        assertThat(first).isNotEqualTo(second);
        assertThat(StorageKeys.requireValid(first)).isEqualTo(first);
    }
}
