package org.liangxiang.shared.storage;

/** The storage itself failed (disk full, permissions, a file that no longer decrypts). */
public class FileStorageException extends RuntimeException {

    public FileStorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
