package org.liangxiang.shared.crypto;

/**
 * How personal data appears on screen by default: enough to recognise, not enough to misuse. Showing a value in full is
 * an audited act of the caller's. Every method keeps the length (one asterisk per hidden character), passes null and
 * the empty string through, and masks a value too short for its rule entirely.
 */
public final class Masking {

    private Masking() {}

    /** {@code 410102199003071234} -> {@code 410102********1234}. */
    public static String residentId(String value) {
        return keep(value, 6, 4);
    }

    /**
     * A disability certificate number (the holder's resident id, then category and level digits, e.g.
     * {@code 41010219900307123X42}): the resident-id part masked like a resident id, category and level kept. A value
     * too short to hold a resident id is masked whole.
     */
    public static String certificateNumber(String value) {
        if (value == null || value.length() < 18) {
            return keep(value, 0, 0);
        }
        return residentId(value.substring(0, 18)) + value.substring(18);
    }

    /** {@code 13812345678} -> {@code 138****5678}. */
    public static String phone(String value) {
        return keep(value, 3, 4);
    }

    /** {@code 张三} -> {@code 张*}; {@code 欧阳小明} -> {@code 欧***}: the first character only. */
    public static String name(String value) {
        return keep(value, 1, 0);
    }

    /** A bank or social-security card number: the last four digits only. */
    public static String accountNumber(String value) {
        return keep(value, 0, 4);
    }

    private static String keep(String value, int head, int tail) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int[] cps = value.codePoints().toArray();
        if (cps.length <= head + tail) {
            return "*".repeat(cps.length);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cps.length; i++) {
            out.appendCodePoint(i < head || i >= cps.length - tail ? cps[i] : '*');
        }
        return out.toString();
    }
}
