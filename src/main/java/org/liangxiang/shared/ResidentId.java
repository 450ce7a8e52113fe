package org.liangxiang.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Period;
import org.liangxiang.shared.crypto.Masking;

/**
 * A citizen identity number (公民身份号码, GB 11643-1999): 6-digit region code, birth date {@code YYYYMMDD}, 3-digit
 * sequence (odd for men), and an ISO 7064 MOD 11-2 check character. Built only through {@link #of(String)}, which
 * cleans the input (see {@code IdentifierText}) and refuses it with an {@link InvalidValueException} naming one rule:
 * {@code RESIDENT_ID_REQUIRED}, {@code _LENGTH}, {@code _CHARACTERS}, {@code _PROVINCE}, {@code _BIRTH_DATE_INVALID},
 * {@code _BIRTH_DATE_IN_FUTURE}, {@code _BIRTH_DATE_TOO_EARLY}, {@code _CHECK_CHARACTER}.
 *
 * <p>The region code is deliberately not looked up: it records where the person was first registered and is often a
 * retired code. Only its first two digits must be a province-level code. The 15-digit first-generation numbers (invalid
 * since 2013) and foreigners' permanent-residence numbers (starting 9) are refused.
 *
 * <p>{@link #toString()} gives the masked form, so that a log line or a debugger never shows the whole number.
 */
public final class ResidentId {

    static final String FIELD = "residentId";

    /** Nobody alive was born earlier; an earlier date is a typing error (e.g. 1880 for 1980). */
    static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    /** Resident ids are Chinese: "today" is China's date, whatever the server's time zone. */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private static final String CHECK_CHARACTERS = "10X98765432";

    private final String value;
    private final LocalDate birthDate;

    private ResidentId(String value, LocalDate birthDate) {
        this.value = value;
        this.birthDate = birthDate;
    }

    public static ResidentId of(String raw) {
        return of(raw, ChinaTime.today());
    }

    /** As {@link #of(String)}, judging "born in the future" against the given date. */
    public static ResidentId of(String raw, LocalDate today) {
        String value = IdentifierText.normalise(raw);
        checkShape(value);
        LocalDate birthDate = birthDate(value, today);
        char expected = checkCharacter(value.substring(0, 17));
        if (value.charAt(17) != expected) {
            throw refuse(
                    "CHECK_CHARACTER",
                    "校验码不符：按前17位计算，第18位校验码应为" + expected + "，请核对整个号码",
                    "The 18th character (check character) should be " + expected
                            + " for the first 17; please check the whole number");
        }
        return new ResidentId(value, birthDate);
    }

    /** The MOD 11-2 check character for 17 digits, e.g. to generate valid ids for tests and demo data. */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != 17 || !IdentifierText.allAsciiDigits(first17)) {
            throw new IllegalArgumentException("17 digits expected");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static void checkShape(String value) {
        if (value.isEmpty()) {
            throw refuse("REQUIRED", "请填写身份证号", "A resident id is required");
        }
        int[] codePoints = value.codePoints().toArray();
        if (codePoints.length != 18) {
            throw refuse(
                    "LENGTH",
                    "身份证号应为18位，实际为" + codePoints.length + "位",
                    "A resident id has 18 characters, not " + codePoints.length);
        }
        for (int i = 0; i < 18; i++) {
            int c = codePoints[i];
            if (!(c >= '0' && c <= '9') && !(i == 17 && c == 'X')) {
                String shown = Character.toString(c);
                throw refuse(
                        "CHARACTERS",
                        "第" + (i + 1) + "位“" + shown + "”无效：身份证号只能是数字，第18位也可以是X",
                        "Character " + (i + 1) + " ('" + shown + "') is not allowed: only digits, and X as the 18th");
            }
        }
        String province = value.substring(0, 2);
        if (!ProvinceLevelCodes.startsResidentIds(province)) {
            throw refuse(
                    "PROVINCE",
                    "前两位“" + province + "”不是省级行政区划代码",
                    "The first two digits (" + province + ") are not a province-level division code");
        }
    }

    private static LocalDate birthDate(String value, LocalDate today) {
        LocalDate date;
        try {
            date = LocalDate.of(
                    Integer.parseInt(value.substring(6, 10)),
                    Integer.parseInt(value.substring(10, 12)),
                    Integer.parseInt(value.substring(12, 14)));
        } catch (DateTimeException notADate) {
            throw refuse(
                    "BIRTH_DATE_INVALID",
                    "第7至14位不是有效的出生日期（年月日）",
                    "Characters 7-14 are not a valid birth date (YYYYMMDD)");
        }
        if (date.isAfter(today)) {
            throw refuse(
                    "BIRTH_DATE_IN_FUTURE", "出生日期（第7至14位）不能晚于今天", "The birth date (characters 7-14) is in the future");
        }
        if (date.isBefore(EARLIEST_BIRTH_DATE)) {
            throw refuse(
                    "BIRTH_DATE_TOO_EARLY",
                    "出生日期（第7至14位）不能早于1900年1月1日",
                    "The birth date (characters 7-14) is before 1 January 1900");
        }
        return date;
    }

    private static InvalidValueException refuse(String rule, String zh, String en) {
        return new InvalidValueException(FIELD, "RESIDENT_ID_" + rule, zh, en);
    }

    /** The whole number, e.g. for sealing or a blind index; never for a log. */
    public String value() {
        return value;
    }

    /** The first six digits as written: where the person was first registered, possibly a retired code. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Sex sex() {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * Age in full years on a date (someone born on 29 February turns a year older on 1 March in common years).
     *
     * @throws IllegalArgumentException for a date before the birth date
     */
    public int ageOn(LocalDate date) {
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("The date is before the birth date");
        }
        return Period.between(birthDate, date).getYears();
    }

    /** {@code 110105********002X}: region code and the last four characters. */
    public String masked() {
        return Masking.residentId(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResidentId that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** The masked form, never the whole number. */
    @Override
    public String toString() {
        return masked();
    }
}
