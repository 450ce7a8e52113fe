package org.liangxiang.region;

import java.util.NoSuchElementException;

/** No division, current or retired, has this code (or name path). */
public class UnknownRegionException extends NoSuchElementException {

    private final String code;

    public UnknownRegionException(String code) {
        super("Unknown region code " + code + ": no division of any edition has it");
        this.code = code;
    }

    /** The code (or name path) asked for. */
    public String code() {
        return code;
    }
}
