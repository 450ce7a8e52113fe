package org.liangxiang.region;

import java.util.List;
import java.util.regex.Pattern;
import org.liangxiang.region.InvalidRegionCodeException.Rule;
import org.liangxiang.shared.RegionLevel;

/**
 * The format rules of division codes as the tree stores them: 6 digits for provinces, prefectures and counties, 9 for
 * townships; 12-digit statistical codes are canonicalised (…000000 to 6 digits, …000 to 9) and village codes refused.
 * Deliberately looser than {@code shared.RegionCode}, which also checks the province against GB/T 2260: the tree takes
 * whatever an imported edition brings (and the import tests build a test province 99).
 */
final class DivisionCodes {

    private static final Pattern DIGITS = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");

    private DivisionCodes() {}

    /** The canonical 6- or 9-digit form of {@code raw}, or an exception naming {@code field} and the rule. */
    static String canonical(String field, String raw) {
        String code = raw == null ? "" : raw.strip();
        if (!DIGITS.matcher(code).matches()) {
            throw new InvalidRegionCodeException(field, code, Rule.DIGITS);
        }
        if (code.length() == 12) {
            if (code.endsWith("000000")) {
                return code.substring(0, 6);
            }
            if (!code.endsWith("000")) {
                throw new InvalidRegionCodeException(field, code, Rule.VILLAGE);
            }
            return code.substring(0, 9);
        }
        return code;
    }

    /** The level a canonical code names by its shape (xx0000 province, xxxx00 prefecture, 9 digits township). */
    static RegionLevel levelOf(String code) {
        if (code.length() == 9) {
            return RegionLevel.TOWNSHIP;
        }
        if (code.endsWith("0000")) {
            return RegionLevel.PROVINCE;
        }
        return code.endsWith("00") ? RegionLevel.PREFECTURE : RegionLevel.COUNTY;
    }

    /**
     * Whether the code lies in the ranges the statistics bureau uses for units that are not GB/T 2260 divisions: a
     * county-level code with 5th-6th digits 70-79 (GB/T 2260: 01-20 districts, 21-69 counties, 81-99 county-level
     * cities), a township-level code with last three digits 400-599 (类似乡级单位).
     */
    static boolean statisticalRange(String code) {
        return switch (levelOf(code)) {
            case COUNTY -> code.charAt(4) == '7';
            case TOWNSHIP -> code.charAt(6) == '4' || code.charAt(6) == '5';
            default -> false;
        };
    }

    /** The codes that may be the parent by the code's structure, nearest first (410102 -> 410100, 410000). */
    static List<String> structuralParents(String code) {
        return switch (levelOf(code)) {
            case PROVINCE -> List.of();
            case PREFECTURE -> List.of(code.substring(0, 2) + "0000");
            case COUNTY -> List.of(code.substring(0, 4) + "00", code.substring(0, 2) + "0000");
            case TOWNSHIP -> List.of(code.substring(0, 6), code.substring(0, 4) + "00");
            case VILLAGE -> throw new IllegalArgumentException("villages are not kept in the division tree");
        };
    }
}
