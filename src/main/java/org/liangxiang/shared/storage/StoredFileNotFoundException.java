package org.liangxiang.shared.storage;

/** No file is stored under the key (never stored, or deleted). */
public class StoredFileNotFoundException extends RuntimeException {

    public StoredFileNotFoundException(String key) {
        super("No stored file with key " + key);
    }
}
