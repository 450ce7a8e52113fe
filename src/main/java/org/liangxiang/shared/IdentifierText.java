package org.liangxiang.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How typed or pasted identifiers are cleaned before they are checked: NFKC turns full-width digits, letters and the
 * ideographic space into ASCII; every space and invisible format character (zero-width space, byte-order mark,
 * direction marks) is dropped wherever it stands; letters become upper case ({@code x} -> {@code X}, {@code b} ->
 * {@code B}).
 */
final class IdentifierText {

    private IdentifierText() {}

    static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints().filter(cp -> !ignorable(cp)).forEach(out::appendCodePoint);
        return out.toString().toUpperCase(Locale.ROOT);
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean allAsciiDigits(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> isAsciiDigit((char) c));
    }

    private static boolean ignorable(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
    }
}
