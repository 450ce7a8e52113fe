package org.liangxiang.shared.storage;

/**
 * A key that the storage did not make (a file name, a path, anything but a lower-case random UUID). The offending value
 * is deliberately not repeated in the message: it came from outside and may be crafted for the logs.
 */
public class InvalidStorageKeyException extends IllegalArgumentException {

    public InvalidStorageKeyException() {
        super("Not a storage key: keys are made by the storage (a lower-case random UUID such as "
                + "0f8e2b6c-3d1a-4c5e-9b7f-2a4d6e8c0b1f), never a file name or path");
    }
}
