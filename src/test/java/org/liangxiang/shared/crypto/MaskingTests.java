package org.liangxiang.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How each kind of personal data appears on screen: one row per case; an empty column stands for null. */
class MaskingTests {

    private static UnaryOperator<String> rule(String kind) {
        return switch (kind) {
            case "resident-id" -> Masking::residentId;
            case "certificate" -> Masking::certificateNumber;
            case "phone" -> Masking::phone;
            case "name" -> Masking::name;
            case "account" -> Masking::accountNumber;
            default -> throw new IllegalArgumentException(kind);
        };
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                // resident id: region (6) and the last 4 shown
                "resident-id | 41010219900307123X   | 410102********123X",
                "resident-id | 410102199003071234   | 410102********1234",
                "resident-id | 410102900307123      | 410102*****7123", // first-generation 15 digits
                "resident-id | 4101021234           | **********", // too short for the rule: all hidden
                // certificate: the resident-id part masked, category and level kept
                "certificate | 41010219900307123X42 | 410102********123X42",
                "certificate | 41010219900307123X42B1 | 410102********123X42B1",
                "certificate | 4101021990           | **********",
                // phone: 3 and 4
                "phone       | 13812345678          | 138****5678",
                "phone       | 1381234              | *******",
                // name: the first character
                "name        | 张三                 | 张*",
                "name        | 欧阳小明             | 欧***",
                "name        | 阿依古丽·买买提      | 阿*******",
                "name        | 张                   | *",
                "name        | 𠮷野家               | 𠮷**", // a character outside the BMP counts once
                // account: the last 4
                "account     | 6222021234567890123  | ***************0123",
                "account     | 0123                 | ****",
                "account     | 12                   | **",
                // null and empty pass through
                "resident-id |                      | ",
                "certificate |                      | ",
                "phone       |                      | ",
                "name        |                      | ",
                "account     |                      | ",
                "name        | ''                   | ''",
                "phone       | ''                   | ''"
            })
    void masks(String kind, String value, String masked) {
        assertThat(rule(kind).apply(value)).isEqualTo(masked);
    }
}
