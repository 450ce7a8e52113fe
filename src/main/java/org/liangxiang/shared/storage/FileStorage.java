package org.liangxiang.shared.storage;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

/**
 * Where files (applicants' materials, generated documents) are kept: a local directory by default, any shared store on a
 * cluster. Keys are made by the storage, never taken from a client's file name or path; callers keep the returned
 * {@link StoredFile} (key, size, SM3 digest, content type) in their own tables.
 */
public interface FileStorage {

    /**
     * Stores the stream's bytes under a new key. Refuses with {@link FileTooLargeException} (and keeps nothing) when the
     * content is longer than {@code maxBytes} or than the storage's own limit, whichever is smaller. The stream is read,
     * not closed.
     */
    StoredFile store(InputStream content, long maxBytes, String contentType);

    /** Stores bytes under a new key, within the same limits as {@link #store(InputStream, long, String)}. */
    default StoredFile store(byte[] content, long maxBytes, String contentType) {
        return store(new ByteArrayInputStream(content), maxBytes, contentType);
    }

    /** The content stored under the key; {@link StoredFileNotFoundException} when there is none. */
    InputStream open(String key);

    /** Removes the file; nothing happens when there is none. */
    void delete(String key);

    boolean exists(String key);
}
