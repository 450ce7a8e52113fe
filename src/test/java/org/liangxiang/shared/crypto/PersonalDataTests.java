package org.liangxiang.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonalDataTests {

    private final Random random = new Random(32907);
    private final PersonalData personalData = new PersonalData(new SoftwareKeyService(TestKeys.properties(random)));

    @Test
    void opensWhatItSealed() {
        UUID row = new UUID(random.nextLong(), random.nextLong());
        for (String value : List.of("", "41010219900307123X", "阿依古丽·买买提", "河南省郑州市中原区建设路 1 号")) {
            byte[] sealed = personalData.seal(value, "applicant", "address", row);

            assertThat(personalData.open(sealed, "applicant", "address", row)).isEqualTo(value);
        }
    }

    @Test
    void passesNullThrough() {
        assertThat(personalData.seal(null, "applicant", "phone", 1L)).isNull();
        assertThat(personalData.open(null, "applicant", "phone", 1L)).isNull();
        assertThat(personalData.index(PersonalData.PHONE, null)).isNull();
        assertThat(personalData.reseal(null, "applicant", "phone", 1L)).isNull();
    }

    /** A value sealed for applicant.resident_id of row 42 opens only there. */
    @ParameterizedTest
    @CsvSource({
        "applicant, resident_id, 43", // another row
        "applicant, phone, 42", // another column
        "agent, resident_id, 42", // another table
        "applicant, resident_id, 420", // a row id that shares a prefix
        "applicant, resident_id4, 2" // the boundaries between the parts cannot shift
    })
    void doesNotOpenElsewhere(String table, String column, String row) {
        byte[] sealed = personalData.seal("41010219900307123X", "applicant", "resident_id", "42");

        assertThatThrownBy(() -> personalData.open(sealed, table, column, row))
                .isInstanceOf(CryptoException.class)
                .hasMessage("The ciphertext or its associated data was changed");
    }

    @Test
    void rowIdsOfAnyTypeBindByTheirText() {
        byte[] sealed = personalData.seal("13812345678", "applicant", "phone", 42L);

        assertThat(personalData.open(sealed, "applicant", "phone", "42")).isEqualTo("13812345678");
    }

    @Test
    void refusesNamesThatCouldBlurTheBinding() {
        assertThatThrownBy(() -> personalData.seal("x", "applicant\0phone", "x", 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> personalData.seal("x", "applicant", null, 1)).isInstanceOf(NullPointerException.class);
    }

    /** Typed variants that must find the same person. */
    @ParameterizedTest
    @CsvSource({
        "resident-id, 41010219900307123X, 41010219900307123x", // lower-case check character
        "resident-id, 41010219900307123X, ４１０１０２１９９００３０７１２３Ｘ", // full-width digits and letter
        "resident-id, 41010219900307123X, ' 410102 19900307 123X '", // spaces
        "resident-id, 41010219900307123X, 410102　19900307123X", // ideographic space
        "resident-id, 41010219900307123X, 410102\u200b19900307123X\ufeff", // zero-width space, BOM
        "phone, 13812345678, 138 1234 5678",
        "phone, 13812345678, １３８１２３４５６７８",
        "name, 阿依古丽·买买提, 阿依古丽•买买提", // bullet
        "name, 阿依古丽·买买提, 阿依古丽・买买提", // katakana middle dot
        "name, 阿依古丽·买买提, 阿依古丽．买买提", // full-width full stop
        "name, 张三, ' 张 三 '",
        "name, Li Ming, LIMING"
    })
    void indexIsTheSameForTypedVariants(String purpose, String canonical, String typed) {
        assertThat(personalData.index(purpose, typed)).isEqualTo(personalData.index(purpose, canonical));
    }

    @ParameterizedTest
    @CsvSource({"resident-id, 41010219900307123X, 410102199003071234", "phone, 13812345678, 13812345679", "name, 张三, 张叁"
    })
    void indexDiffersForDifferentValues(String purpose, String one, String other) {
        assertThat(personalData.index(purpose, one)).isNotEqualTo(personalData.index(purpose, other));
    }

    @Test
    void indexDiffersByPurpose() {
        assertThat(personalData.index(PersonalData.PHONE, "13812345678"))
                .isNotEqualTo(personalData.index(PersonalData.RESIDENT_ID, "13812345678"));
    }

    @ParameterizedTest
    @CsvSource({"４１０１０２１９９００３０７１２３ｘ, 41010219900307123X", "'  张\t三\u3000', 张三", "阿依古丽•买买提, 阿依古丽·买买提", "Ａｂｃ, ABC"})
    void normalizes(String typed, String normalized) {
        assertThat(PersonalData.normalize(typed)).isEqualTo(normalized);
    }

    @Test
    void resealMovesAValueToTheCurrentKey() {
        KeyProperties v1 = TestKeys.properties(random);
        String key2 = TestKeys.key(random, 16);
        KeyProperties v2 = new KeyProperties(
                2, Map.of(1, v1.dataKeys().get(1), 2, key2), v1.blindIndexKey(), v1.signingKey(), List.of());
        byte[] old = new PersonalData(new SoftwareKeyService(v1)).seal("13812345678", "applicant", "phone", 7);
        PersonalData rotated = new PersonalData(new SoftwareKeyService(v2));

        byte[] resealed = rotated.reseal(old, "applicant", "phone", 7);

        assertThat(KeyService.keyVersion(resealed)).isEqualTo(2);
        assertThat(rotated.open(resealed, "applicant", "phone", 7)).isEqualTo("13812345678");
        assertThat(rotated.reseal(resealed, "applicant", "phone", 7)).isSameAs(resealed);
    }

    @Test
    void resealRefusesAValueFromAnotherRow() {
        KeyProperties v1 = TestKeys.properties(random);
        KeyProperties v2 = new KeyProperties(
                2,
                Map.of(1, v1.dataKeys().get(1), 2, TestKeys.key(random, 16)),
                v1.blindIndexKey(),
                v1.signingKey(),
                List.of());
        byte[] sealed = new PersonalData(new SoftwareKeyService(v1)).seal("13812345678", "applicant", "phone", 7);

        assertThatThrownBy(() -> new PersonalData(new SoftwareKeyService(v2)).reseal(sealed, "applicant", "phone", 8))
                .isInstanceOf(CryptoException.class)
                .hasMessage("The ciphertext or its associated data was changed");
    }
}
