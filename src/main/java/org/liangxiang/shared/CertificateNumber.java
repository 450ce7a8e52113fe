package org.liangxiang.shared;

import org.liangxiang.shared.crypto.Masking;

/**
 * A disability certificate number (残疾人证号): the holder's 18-character resident id, the category digit (1-7), the
 * level digit (1-4) and, on a re-issued card, {@code B1} to {@code B9}: 20 or 22 characters. It contains the resident
 * id, so it is personal data; people are keyed by {@link ResidentId}, never by this number. Refusals name one rule:
 * {@code CERTIFICATE_NUMBER_REQUIRED}, {@code _LENGTH}, {@code _CHARACTERS} (anything but ASCII digits and letters),
 * {@code _RESIDENT_ID} (the inner refusal is the cause and its
 * reason is quoted), {@code _CATEGORY}, {@code _LEVEL}, {@code _REISSUE}, and {@code CERTIFICATE_NOT_APPLICANTS}.
 * {@link #toString()} is masked.
 */
public final class CertificateNumber {

    static final String FIELD = "certificateNumber";

    private final String value;
    private final ResidentId residentId;
    private final DisabilityCategory category;
    private final DisabilityLevel level;
    private final int reissue;

    private CertificateNumber(ResidentId residentId, DisabilityCategory category, DisabilityLevel level, int reissue) {
        this.residentId = residentId;
        this.category = category;
        this.level = level;
        this.reissue = reissue;
        this.value = residentId.value() + category.digit() + level.digit() + (reissue == 0 ? "" : "B" + reissue);
    }

    public static CertificateNumber of(String raw) {
        String value = IdentifierText.normalise(raw);
        if (value.isEmpty()) {
            throw refuse("REQUIRED", "请填写残疾人证号", "A disability certificate number is required");
        }
        int[] codePoints = value.codePoints().toArray();
        if (codePoints.length != 20 && codePoints.length != 22) {
            throw refuse(
                    "LENGTH",
                    "残疾人证号应为20位或22位，实际为" + codePoints.length + "位",
                    "A disability certificate number has 20 or 22 characters, not " + codePoints.length);
        }
        for (int i = 0; i < codePoints.length; i++) {
            if (!asciiDigitOrLetter(codePoints[i])) {
                String shown = Character.toString(codePoints[i]);
                throw refuse(
                        "CHARACTERS",
                        "第" + (i + 1) + "位“" + shown + "”无效：残疾人证号只能包含数字和字母X、B",
                        "Character " + (i + 1) + " ('" + shown
                                + "') is not allowed: only digits and the letters X and B");
            }
        }
        return new CertificateNumber(
                embeddedResidentId(value.substring(0, 18)), category(value), level(value), reissue(value));
    }

    /** As {@link #of(String)}, and refused when the number is not the applicant's. */
    public static CertificateNumber of(String raw, ResidentId applicant) {
        CertificateNumber number = of(raw);
        if (!number.residentId.equals(applicant)) {
            throw new InvalidValueException(
                    FIELD,
                    "CERTIFICATE_NOT_APPLICANTS",
                    "残疾人证号中的身份证号与申请人的身份证号不一致",
                    "The resident id in the certificate number is not the applicant's");
        }
        return number;
    }

    /** Composes a number, e.g. from the federation's data; {@code reissue} is 0 for none, else 1 to 9. */
    public static CertificateNumber of(
            ResidentId residentId, DisabilityCategory category, DisabilityLevel level, int reissue) {
        if (reissue < 0 || reissue > 9) {
            throw new IllegalArgumentException("reissue must be 0 to 9");
        }
        return new CertificateNumber(residentId, category, level, reissue);
    }

    private static boolean asciiDigitOrLetter(int c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }

    private static ResidentId embeddedResidentId(String first18) {
        try {
            return ResidentId.of(first18);
        } catch (InvalidValueException inner) {
            throw new InvalidValueException(
                    FIELD,
                    "CERTIFICATE_NUMBER_RESIDENT_ID",
                    "前18位不是有效的身份证号：" + inner.messageZh(),
                    "The first 18 characters are not a valid resident id: " + inner.messageEn(),
                    inner);
        }
    }

    private static DisabilityCategory category(String value) {
        char c = value.charAt(18);
        return DisabilityCategory.ofDigit(IdentifierText.isAsciiDigit(c) ? c - '0' : -1)
                .orElseThrow(() -> refuse(
                        "CATEGORY",
                        "第19位残疾类别应为1至7，实际为“" + c + "”",
                        "The 19th character (disability category) should be 1 to 7, not '" + c + "'"));
    }

    private static DisabilityLevel level(String value) {
        char c = value.charAt(19);
        return DisabilityLevel.ofDigit(IdentifierText.isAsciiDigit(c) ? c - '0' : -1)
                .orElseThrow(() -> refuse(
                        "LEVEL",
                        "第20位残疾等级应为1至4，实际为“" + c + "”",
                        "The 20th character (disability level) should be 1 to 4, not '" + c + "'"));
    }

    private static int reissue(String value) {
        if (value.length() == 20) {
            return 0;
        }
        char b = value.charAt(20);
        char n = value.charAt(21);
        if (b != 'B' || n < '1' || n > '9') {
            throw refuse(
                    "REISSUE",
                    "第21至22位换发标识应为B1至B9，实际为“" + b + n + "”",
                    "Characters 21-22 (re-issue mark) should be B1 to B9, not '" + b + n + "'");
        }
        return n - '0';
    }

    private static InvalidValueException refuse(String rule, String zh, String en) {
        return new InvalidValueException(FIELD, "CERTIFICATE_NUMBER_" + rule, zh, en);
    }

    /** The whole number, e.g. for sealing or a blind index; never for a log. */
    public String value() {
        return value;
    }

    public ResidentId residentId() {
        return residentId;
    }

    public DisabilityCategory category() {
        return category;
    }

    public DisabilityLevel level() {
        return level;
    }

    /** 0 for an original card, else the re-issue number 1 to 9 ({@code B1}..{@code B9}). */
    public int reissue() {
        return reissue;
    }

    /** {@code 110105********002X62B1}: the resident id masked, category, level and re-issue mark kept. */
    public String masked() {
        return Masking.certificateNumber(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CertificateNumber that && value.equals(that.value);
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
