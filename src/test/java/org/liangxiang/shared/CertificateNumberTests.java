package org.liangxiang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CertificateNumberTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            11010519491231002X62     | 11010519491231002X62   | MENTAL       | LEVEL_2 | 0 | original card
            11010519491231002X62B1   | 11010519491231002X62B1 | MENTAL       | LEVEL_2 | 1 | first re-issue
            11010519491231002x71b9   | 11010519491231002X71B9 | MULTIPLE     | LEVEL_1 | 9 | lower-case x and b
            ' 410102199003071230 44 '| 41010219900307123044   | PHYSICAL     | LEVEL_4 | 0 | spaces
            ４１０１０２１９９００３０７１２３０５３Ｂ２ | 41010219900307123053B2 | INTELLECTUAL | LEVEL_3 | 2 | full-width
            41010219900307123011     | 41010219900307123011   | VISUAL       | LEVEL_1 | 0 | category 1
            41010219900307123021     | 41010219900307123021   | HEARING      | LEVEL_1 | 0 | category 2
            41010219900307123031     | 41010219900307123031   | SPEECH       | LEVEL_1 | 0 | category 3
            """)
    void acceptsValidNumbers(
            String input, String value, DisabilityCategory category, DisabilityLevel level, int reissue, String why) {
        CertificateNumber number = CertificateNumber.of(input);

        assertThat(number.value()).isEqualTo(value);
        assertThat(number.residentId()).isEqualTo(ResidentId.of(value.substring(0, 18)));
        assertThat(number.category()).isEqualTo(category);
        assertThat(number.level()).isEqualTo(level);
        assertThat(number.reissue()).isEqualTo(reissue);
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL                     | CERTIFICATE_NUMBER_REQUIRED    | nothing
            11010519491231002X       | CERTIFICATE_NUMBER_LENGTH      | the resident id alone
            11010519491231002X6      | CERTIFICATE_NUMBER_LENGTH      | 19 characters
            11010519491231002X62B    | CERTIFICATE_NUMBER_LENGTH      | 21 characters
            11010519491231002X62B12  | CERTIFICATE_NUMBER_LENGTH      | 23 characters
            11010519491231002X6二     | CERTIFICATE_NUMBER_CHARACTERS  | a Chinese numeral
            11010519491231002X62-1   | CERTIFICATE_NUMBER_CHARACTERS  | punctuation
            110105194912310021 62    | CERTIFICATE_NUMBER_RESIDENT_ID | wrong check character
            44052418800101001462     | CERTIFICATE_NUMBER_RESIDENT_ID | born 1880
            11010519491231002X02     | CERTIFICATE_NUMBER_CATEGORY    | category 0
            11010519491231002X82     | CERTIFICATE_NUMBER_CATEGORY    | category 8
            11010519491231002XA2     | CERTIFICATE_NUMBER_CATEGORY    | category A
            11010519491231002X60     | CERTIFICATE_NUMBER_LEVEL       | level 0
            11010519491231002X65     | CERTIFICATE_NUMBER_LEVEL       | level 5
            11010519491231002X6X     | CERTIFICATE_NUMBER_LEVEL       | level X
            11010519491231002X62B0   | CERTIFICATE_NUMBER_REISSUE     | B0
            11010519491231002X62C1   | CERTIFICATE_NUMBER_REISSUE     | C1
            11010519491231002X621B   | CERTIFICATE_NUMBER_REISSUE     | reversed
            11010519491231002X6212   | CERTIFICATE_NUMBER_REISSUE     | digits only
            """)
    void refusesInvalidNumbersNamingTheRule(String input, String rule, String why) {
        assertThatThrownBy(() -> CertificateNumber.of(input))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                    assertThat(refused.rule()).isEqualTo(rule);
                    assertThat(refused.field()).isEqualTo("certificateNumber");
                });
    }

    @Test
    void quotesTheResidentIdsOwnReason() {
        assertThatThrownBy(() -> CertificateNumber.of("11010519491231002162"))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                    assertThat(refused.messageZh()).startsWith("前18位不是有效的身份证号：").contains("第18位校验码应为X");
                    assertThat(refused.messageEn()).contains("should be X");
                    assertThat(refused.getCause())
                            .isInstanceOfSatisfying(
                                    InvalidValueException.class,
                                    inner -> assertThat(inner.rule()).isEqualTo("RESIDENT_ID_CHECK_CHARACTER"));
                });
    }

    @Test
    void refusesANumberThatIsNotTheApplicants() {
        ResidentId applicant = ResidentId.of("410102199003071230");

        assertThat(CertificateNumber.of("41010219900307123062", applicant).residentId())
                .isEqualTo(applicant);
        assertThatThrownBy(() -> CertificateNumber.of("11010519491231002X62", applicant))
                .isInstanceOfSatisfying(
                        InvalidValueException.class,
                        refused -> assertThat(refused.rule()).isEqualTo("CERTIFICATE_NOT_APPLICANTS"));
    }

    @Test
    void masksTheResidentIdPartOnly() {
        CertificateNumber number = CertificateNumber.of("11010519491231002X62B1");

        assertThat(number.masked()).isEqualTo("110105********002X62B1");
        assertThat(number).hasToString("110105********002X62B1");
    }

    @Test
    void equalsOnTheNormalisedValue() {
        assertThat(CertificateNumber.of("11010519491231002x62b1"))
                .isEqualTo(CertificateNumber.of("11010519491231002X62B1"))
                .hasSameHashCodeAs(CertificateNumber.of("11010519491231002X62B1"))
                .isNotEqualTo(CertificateNumber.of("11010519491231002X62B2"));
    }

    @Test
    void composesFromItsParts() {
        ResidentId id = ResidentId.of("11010519491231002X");

        assertThat(CertificateNumber.of(id, DisabilityCategory.MENTAL, DisabilityLevel.LEVEL_2, 1))
                .isEqualTo(CertificateNumber.of("11010519491231002X62B1"));
        assertThat(CertificateNumber.of(id, DisabilityCategory.VISUAL, DisabilityLevel.LEVEL_4, 0)
                        .value())
                .isEqualTo("11010519491231002X14");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CertificateNumber.of(id, DisabilityCategory.VISUAL, DisabilityLevel.LEVEL_4, 10));
    }

    @Test
    void acceptsNumbersGeneratedFromValidIds() {
        Random random = new Random(52_2015L);
        DisabilityCategory[] categories = DisabilityCategory.values();
        DisabilityLevel[] levels = DisabilityLevel.values();
        for (int i = 0; i < 20_000; i++) {
            // born before the real today, since of(String) judges the embedded id against the clock
            String id = GeneratedIds.residentId(random, GeneratedIds.birthDate(random, LocalDate.of(2020, 12, 31)));
            DisabilityCategory category = categories[random.nextInt(categories.length)];
            DisabilityLevel level = levels[random.nextInt(levels.length)];
            int reissue = random.nextInt(10);
            String value = id + category.digit() + level.digit() + (reissue == 0 ? "" : "B" + reissue);

            CertificateNumber number = CertificateNumber.of(value, ResidentId.of(id));

            assertThat(number.value()).isEqualTo(value);
            assertThat(number.category()).isEqualTo(category);
            assertThat(number.level()).isEqualTo(level);
            assertThat(number.reissue()).isEqualTo(reissue);
            assertThat(CertificateNumber.of(number.value().toLowerCase())).isEqualTo(number);
        }
    }
}
