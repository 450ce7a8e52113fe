package org.liangxiang.region;

import java.util.NoSuchElementException;

/** No current division has the name path. */
class UnknownNamePathException extends NoSuchElementException {

    private final String path;

    UnknownNamePathException(String path) {
        super("No current region has the name path '" + path + "'");
        this.path = path;
    }

    String path() {
        return path;
    }
}
