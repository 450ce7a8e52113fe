package org.liangxiang.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Protects personal data at rest: {@link #seal} encrypts a value bound to its table, column and row (a ciphertext copied
 * to another row or column does not open), {@link #index} makes the keyed blind index that exact search uses.
 */
public class PersonalData {

    private final KeyService keys;

    public PersonalData(KeyService keys) {
        this.keys = keys;
    }

    public byte[] seal(String value, String table, String column, Object rowId) {
        if (value == null) {
            return null;
        }
        return keys.encrypt(value.getBytes(StandardCharsets.UTF_8), associatedData(table, column, rowId));
    }

    public String open(byte[] ciphertext, String table, String column, Object rowId) {
        if (ciphertext == null) {
            return null;
        }
        return new String(keys.decrypt(ciphertext, associatedData(table, column, rowId)), StandardCharsets.UTF_8);
    }

    /**
     * The blind index of a value for exact search within one purpose ("resident-id", "certificate", "phone",
     * "name"). Values are normalised first (NFKC, trimmed, inner white space removed, upper case), so that full-width
     * digits and a lower-case x find the same person.
     */
    public byte[] index(String purpose, String value) {
        if (value == null) {
            return null;
        }
        return keys.blindIndex(purpose, normalize(value).getBytes(StandardCharsets.UTF_8));
    }

    static String normalize(String value) {
        return Normalizer.normalize(value, Normalizer.Form.NFKC)
                .replaceAll("\\s+", "")
                .toUpperCase(Locale.ROOT);
    }

    private static byte[] associatedData(String table, String column, Object rowId) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(rowId, "rowId");
        return (table + "\u0000" + column + "\u0000" + rowId).getBytes(StandardCharsets.UTF_8);
    }
}
