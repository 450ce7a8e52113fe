package org.liangxiang.shared.storage;

import java.util.UUID;
import java.util.regex.Pattern;

/** The storage's own key format: a random (version 4) UUID in lower case. Nothing else is ever a key. */
final class StorageKeys {

    private static final Pattern FORMAT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");

    private StorageKeys() {}

    static String newKey() {
        return UUID.randomUUID().toString();
    }

    /** Returns the key when it is one of the storage's own; otherwise refuses (so no path can be smuggled in). */
    static String requireValid(String key) {
        if (key == null || !FORMAT.matcher(key).matches()) {
            throw new InvalidStorageKeyException();
        }
        return key;
    }
}
