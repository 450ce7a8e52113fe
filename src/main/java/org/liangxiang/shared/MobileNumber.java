package org.liangxiang.shared;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.liangxiang.shared.crypto.Masking;

/**
 * A mainland mobile number: 11 digits starting with 1 and then 3-9. {@link #of} accepts what people type (full-width
 * digits, spaces, dashes, a leading +86) and refuses the rest naming the rule in Chinese and English.
 */
public record MobileNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("1[3-9][0-9]{9}");

    public MobileNumber {
        if (!isValid(value)) {
            throw refusal("mobile");
        }
    }

    /** The number typed, normalised; refused with field {@code mobile} and rule {@code MOBILE_FORMAT}. */
    public static MobileNumber of(String typed) {
        String digits = typed == null
                ? ""
                : Normalizer.normalize(typed, Normalizer.Form.NFKC)
                        .replaceAll("[\\s-]", "")
                        .replaceFirst("^\\+86", "");
        if (!isValid(digits)) {
            throw refusal("mobile");
        }
        return new MobileNumber(digits);
    }

    /** Whether the value is already a mobile number in its canonical form (11 digits, no other characters). */
    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** {@code 138****5678}. */
    public String masked() {
        return Masking.phone(value);
    }

    /** The masked form, never the whole number. */
    @Override
    public String toString() {
        return masked();
    }

    private static InvalidValueException refusal(String field) {
        return new InvalidValueException(
                field, "MOBILE_FORMAT", "手机号应为11位数字，以1开头", "The mobile number should be 11 digits starting with 1");
    }
}
