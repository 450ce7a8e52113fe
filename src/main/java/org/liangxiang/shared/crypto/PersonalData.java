package org.liangxiang.shared.crypto;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Protects personal data at rest: {@link #seal} encrypts a value bound to its table, column and row (a ciphertext copied
 * to another row or column does not open), {@link #index} makes the keyed blind index that exact search uses.
 */
public class PersonalData {

    /** Blind-index purposes: each has its own index space, so equal values of different kinds do not match. */
    public static final String RESIDENT_ID = "resident-id";

    public static final String CERTIFICATE_NUMBER = "certificate";
    public static final String PHONE = "phone";
    public static final String NAME = "name";

    /** White space anywhere (NFKC has already made ideographic spaces plain) and invisible format characters. */
    private static final Pattern IGNORED = Pattern.compile("[\\p{IsWhite_Space}\\p{Cf}]+");

    /** The separators people type in minority names (阿依古丽·买买提): all count as the middle dot U+00B7. */
    private static final Pattern NAME_DOTS = Pattern.compile("[.\\u00B7\\u2022\\u2027\\u2219\\u22C5\\u30FB]");

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
     * The same value sealed with the current data key, for a re-encryption job after a key rotation; a ciphertext that
     * already uses the current key comes back unchanged.
     */
    public byte[] reseal(byte[] ciphertext, String table, String column, Object rowId) {
        if (ciphertext == null || KeyService.keyVersion(ciphertext) == keys.currentKeyVersion()) {
            return ciphertext;
        }
        byte[] associatedData = associatedData(table, column, rowId);
        return keys.encrypt(keys.decrypt(ciphertext, associatedData), associatedData);
    }

    /**
     * The blind index of a value for exact search within one purpose ({@link #RESIDENT_ID}, {@link #PHONE} ...).
     * Values are normalised first (see {@link #normalize}), so that full-width digits, a lower-case x or stray spaces
     * find the same person.
     */
    public byte[] index(String purpose, String value) {
        if (value == null) {
            return null;
        }
        return keys.blindIndex(purpose, normalize(value).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * NFKC (full-width letters and digits become ASCII), white space and invisible characters removed, name dots
     * unified, upper case. Callers still pass canonical values (the value types make them); this catches what typing
     * and copying add.
     */
    static String normalize(String value) {
        String compatible = Normalizer.normalize(value, Normalizer.Form.NFKC);
        String visible = IGNORED.matcher(compatible).replaceAll("");
        return NAME_DOTS.matcher(visible).replaceAll("\u00B7").toUpperCase(Locale.ROOT);
    }

    private static byte[] associatedData(String table, String column, Object rowId) {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
        Objects.requireNonNull(rowId, "rowId");
        if (table.indexOf('\0') >= 0 || column.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("Table and column names cannot contain NUL characters");
        }
        return (table + "\u0000" + column + "\u0000" + rowId).getBytes(StandardCharsets.UTF_8);
    }
}
