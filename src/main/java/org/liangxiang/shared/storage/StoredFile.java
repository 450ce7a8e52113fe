package org.liangxiang.shared.storage;

import java.util.Objects;

/**
 * A file the storage holds.
 *
 * @param key the storage's own key (a random UUID), the only way to find the file again
 * @param size the content's length in bytes
 * @param sm3 the SM3 digest of the content, 64 lower-case hex digits
 * @param contentType the media type the caller declared (e.g. {@code application/pdf})
 */
public record StoredFile(String key, long size, String sm3, String contentType) {

    public StoredFile {
        StorageKeys.requireValid(key);
        Objects.requireNonNull(sm3, "sm3");
        Objects.requireNonNull(contentType, "contentType");
    }
}
