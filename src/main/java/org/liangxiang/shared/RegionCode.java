package org.liangxiang.shared;

import java.util.Optional;

/**
 * An administrative division code: 6 digits of GB/T 2260 (province {@code XX0000}, prefecture {@code XXXX00}, county
 * {@code XXXXXX}), 9 digits for a township (county 6 + 3) or 12 digits of the statistics bureau (county 6 + township 3
 * + village 3). Trailing zero groups are dropped, so one division has one code: {@code 410102000000} and {@code
 * 410102000} are {@code 410102}, {@code 410102001000} is {@code 410102001}.
 *
 * <p>Everything here is syntactic. The true tree (which divisions exist in which year, and which county serves a
 * township) lives in the {@code region} module: the statistical tree has county-level units that are not GB/T 2260
 * counties (e.g. Zhengzhou's development zones 410171-410173), so {@link #syntacticParent()} is a reading of digits,
 * never a jurisdiction check.
 *
 * <p>Refusals name one rule: {@code REGION_CODE_REQUIRED}, {@code _DIGITS}, {@code _LENGTH}, {@code _PROVINCE} (the
 * first two digits are not a GB/T 2260 province-level code) and {@code _STRUCTURE} (a non-zero part under a zero part,
 * e.g. {@code 410012}). A township may sit directly under a prefecture-level city that has no counties (Dongguan's
 * {@code 441900003}); its syntactic parent is then the prefecture.
 */
public record RegionCode(String value) {

    static final String FIELD = "regionCode";

    /** Cleans, canonicalises and checks the value, so that every instance is valid. */
    public RegionCode {
        value = canonical(IdentifierText.normalise(value));
    }

    public static RegionCode of(String raw) {
        return new RegionCode(raw);
    }

    private static String canonical(String value) {
        if (value.isEmpty()) {
            throw refuse("REQUIRED", "请填写行政区划代码", "A division code is required");
        }
        if (!IdentifierText.allAsciiDigits(value)) {
            throw refuse("DIGITS", "行政区划代码只能包含数字", "A division code has digits only");
        }
        int length = value.length();
        if (length != 6 && length != 9 && length != 12) {
            throw refuse(
                    "LENGTH",
                    "行政区划代码应为6位、9位或12位，实际为" + length + "位",
                    "A division code has 6, 9 or 12 digits, not " + length);
        }
        if (!ProvinceLevelCodes.inGbt2260(value.substring(0, 2))) {
            throw refuse(
                    "PROVINCE",
                    "前两位“" + value.substring(0, 2) + "”不是省级行政区划代码",
                    "The first two digits (" + value.substring(0, 2) + ") are not a province-level division code");
        }
        String trimmed = withoutTrailingZeroGroups(value);
        if (hasPartUnderZeroPart(trimmed)) {
            throw refuse("STRUCTURE", "行政区划代码中上级部分为0而下级部分不为0", "A division code has a non-zero part under a zero part");
        }
        return trimmed;
    }

    private static String withoutTrailingZeroGroups(String value) {
        String result = value;
        if (result.length() == 12 && result.endsWith("000")) {
            result = result.substring(0, 9);
        }
        if (result.length() == 9 && result.endsWith("000")) {
            result = result.substring(0, 6);
        }
        return result;
    }

    /**
     * A part under prefecture {@code 00}, or a village under township {@code 000}. A county part {@code 00} under a
     * real prefecture is fine: prefecture-level cities without counties number their townships directly (Dongguan's
     * {@code 441900003}).
     */
    private static boolean hasPartUnderZeroPart(String code) {
        boolean underZeroPrefecture = code.startsWith("00", 2) && !code.equals(code.substring(0, 2) + "0000");
        boolean underZeroTownship = code.length() == 12 && code.startsWith("000", 6);
        return underZeroPrefecture || underZeroTownship;
    }

    private static InvalidValueException refuse(String rule, String zh, String en) {
        return new InvalidValueException(FIELD, "REGION_CODE_" + rule, zh, en);
    }

    public RegionLevel level() {
        return switch (value.length()) {
            case 12 -> RegionLevel.VILLAGE;
            case 9 -> RegionLevel.TOWNSHIP;
            default ->
                value.endsWith("0000")
                        ? RegionLevel.PROVINCE
                        : value.endsWith("00") ? RegionLevel.PREFECTURE : RegionLevel.COUNTY;
        };
    }

    /** The first two digits, e.g. {@code 41} for Henan. */
    public String provinceCode() {
        return value.substring(0, 2);
    }

    /** The code with its last part zeroed: village -> township -> county -> prefecture -> province -> none. */
    public Optional<RegionCode> syntacticParent() {
        return switch (level()) {
            case VILLAGE -> Optional.of(new RegionCode(value.substring(0, 9)));
            case TOWNSHIP -> Optional.of(new RegionCode(value.substring(0, 6)));
            case COUNTY -> Optional.of(new RegionCode(value.substring(0, 4) + "00"));
            case PREFECTURE -> Optional.of(new RegionCode(value.substring(0, 2) + "0000"));
            case PROVINCE -> Optional.empty();
        };
    }

    @Override
    public String toString() {
        return value;
    }
}
