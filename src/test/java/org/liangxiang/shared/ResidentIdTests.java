package org.liangxiang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ResidentIdTests {

    private static final LocalDate TODAY = GeneratedIds.TODAY;

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            11010519491231002X       | 11010519491231002X | 1949-12-31 | FEMALE | classic example, check X
            11010519491231002x       | 11010519491231002X | 1949-12-31 | FEMALE | lower-case x
            ' 110105 19491231 002X ' | 11010519491231002X | 1949-12-31 | FEMALE | spaces around and inside
            １１０１０５１９４９１２３１００２Ｘ   | 11010519491231002X | 1949-12-31 | FEMALE | full-width (NFKC)
            '110105　19491231\u200B002X' | 11010519491231002X | 1949-12-31 | FEMALE | ideographic and zero-width spaces
            410102199003071230       | 410102199003071230 | 1990-03-07 | MALE   | Henan, sequence 123 odd
            51021219800101001X       | 51021219800101001X | 1980-01-01 | MALE   | Chongqing before 1997 kept Sichuan 51
            500103199707010047       | 500103199707010047 | 1997-07-01 | FEMALE | Chongqing 50 since 1997
            460100198701010058       | 460100198701010058 | 1987-01-01 | MALE   | Hainan 46 (added 1988)
            810000197001010036       | 810000197001010036 | 1970-01-01 | MALE   | Hong Kong residence permit
            830000198808080025       | 830000198808080025 | 1988-08-08 | FEMALE | Taiwan residence permit (83)
            410102200002290023       | 410102200002290023 | 2000-02-29 | FEMALE | 29 February of a leap year
            410102190001011233       | 410102190001011233 | 1900-01-01 | MALE   | earliest birth date allowed
            410102202611291231       | 410102202611291231 | 2026-11-29 | MALE   | born today
            """)
    void acceptsValidIds(String input, String value, LocalDate birthDate, Sex sex, String why) {
        ResidentId id = ResidentId.of(input, TODAY);

        assertThat(id.value()).isEqualTo(value);
        assertThat(id.birthDate()).isEqualTo(birthDate);
        assertThat(id.sex()).isEqualTo(sex);
        assertThat(id.regionCode()).isEqualTo(value.substring(0, 6));
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL                | RESIDENT_ID_REQUIRED             | nothing
            '   '               | RESIDENT_ID_REQUIRED             | only spaces
            11010519491231002   | RESIDENT_ID_LENGTH               | 17 characters
            11010519491231002X1 | RESIDENT_ID_LENGTH               | 19 characters
            110105491231002     | RESIDENT_ID_LENGTH               | first-generation 15 digits
            1101051949123100XX  | RESIDENT_ID_CHARACTERS           | X before the 18th character
            11010519491231002Y  | RESIDENT_ID_CHARACTERS           | a letter other than X
            1101O5194912310029  | RESIDENT_ID_CHARACTERS           | letter O for zero
            11010519491231002-  | RESIDENT_ID_CHARACTERS           | punctuation
            990105194912310023  | RESIDENT_ID_PROVINCE             | 99 is no province
            100105194912310028  | RESIDENT_ID_PROVINCE             | 10 is no province
            720105194912310023  | RESIDENT_ID_PROVINCE             | 72 is no province
            840105194912310020  | RESIDENT_ID_PROVINCE             | 84 is no province
            910105194912310029  | RESIDENT_ID_PROVINCE             | foreigners' permanent residence numbers start 9
            410102199002301233  | RESIDENT_ID_BIRTH_DATE_INVALID   | 30 February
            410102199013011231  | RESIDENT_ID_BIRTH_DATE_INVALID   | month 13
            410102199000011232  | RESIDENT_ID_BIRTH_DATE_INVALID   | month 00
            410102199001001239  | RESIDENT_ID_BIRTH_DATE_INVALID   | day 00
            410102190002290019  | RESIDENT_ID_BIRTH_DATE_INVALID   | 1900 was not a leap year
            410102202611301233  | RESIDENT_ID_BIRTH_DATE_IN_FUTURE | born tomorrow
            410102189912311239  | RESIDENT_ID_BIRTH_DATE_TOO_EARLY | the day before 1900
            440524188001010014  | RESIDENT_ID_BIRTH_DATE_TOO_EARLY | a valid check character, but born 1880
            110105194912310021  | RESIDENT_ID_CHECK_CHARACTER      | should be X
            410102199003071231  | RESIDENT_ID_CHECK_CHARACTER      | should be 0
            """)
    void refusesInvalidIdsNamingTheRule(String input, String rule, String why) {
        assertThatThrownBy(() -> ResidentId.of(input, TODAY))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                    assertThat(refused.rule()).isEqualTo(rule);
                    assertThat(refused.field()).isEqualTo("residentId");
                });
    }

    @ParameterizedTest(name = "{0} has a correct check character")
    @CsvSource({
        "11010519491231002X", "440524188001010014", "990105194912310023", "720105194912310023",
        "410102199002301233", "410102190002290019", "410102202611301233", "410102189912311239"
    })
    void rowsRefusedForAnotherRuleHaveACorrectCheckCharacter(String id) {
        assertThat(ResidentId.checkCharacter(id.substring(0, 17))).isEqualTo(id.charAt(17));
    }

    @Test
    void namesTheExpectedCheckCharacterInBothLanguages() {
        assertThatThrownBy(() -> ResidentId.of("110105194912310021"))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                    assertThat(refused.messageZh()).contains("第18位校验码应为X");
                    assertThat(refused.messageEn()).contains("The 18th character (check character) should be X");
                    assertThat(refused.getMessage()).isEqualTo(refused.messageZh() + " / " + refused.messageEn());
                });
    }

    @Test
    void saysHowLongTheInputWas() {
        assertThatThrownBy(() -> ResidentId.of("12345"))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                    assertThat(refused.messageZh()).isEqualTo("身份证号应为18位，实际为5位");
                    assertThat(refused.messageEn()).contains("18 characters, not 5");
                });
    }

    @Test
    void refusalsNeverRepeatTheNumber() {
        for (String bad : new String[] {"110105194912310021", "410102202611301233", "410102199002301233"}) {
            assertThatThrownBy(() -> ResidentId.of(bad, TODAY))
                    .hasMessageNotContaining(bad.substring(6, 14))
                    .hasMessageNotContaining(bad.substring(0, 17));
        }
    }

    @Test
    void masksInToStringSoLogsNeverHoldTheNumber() {
        ResidentId id = ResidentId.of("11010519491231002X");

        assertThat(id.masked()).isEqualTo("110105********002X");
        assertThat(id).hasToString("110105********002X");
        assertThat(String.valueOf(id)).doesNotContain("19491231");
    }

    @Test
    void equalsOnTheNormalisedValue() {
        ResidentId typed = ResidentId.of("11010519491231002x");
        ResidentId pasted = ResidentId.of(" １１０１０５１９４９１２３１００２Ｘ ");

        assertThat(typed).isEqualTo(pasted).hasSameHashCodeAs(pasted);
        assertThat(typed).isNotEqualTo(ResidentId.of("410102199003071230"));
    }

    @ParameterizedTest(name = "born {0}, on {1} aged {2}")
    @CsvSource({
        "19491231, 2026-11-29, 76",
        "19900307, 2026-03-06, 35",
        "19900307, 2026-03-07, 36",
        "20000229, 2001-02-28, 0",
        "20000229, 2001-03-01, 1",
        "20000229, 2004-02-29, 4",
        "20261129, 2026-11-29, 0"
    })
    void countsAgeInFullYears(String birth, LocalDate on, int age) {
        String first17 = "410102" + birth + "123";
        ResidentId id = ResidentId.of(first17 + ResidentId.checkCharacter(first17), TODAY);

        assertThat(id.ageOn(on)).isEqualTo(age);
    }

    @Test
    void refusesAnAgeBeforeBirth() {
        ResidentId id = ResidentId.of("11010519491231002X");

        assertThatIllegalArgumentException().isThrownBy(() -> id.ageOn(LocalDate.of(1949, 12, 30)));
    }

    @Test
    void judgesTheFutureAgainstToday() {
        assertThat(ResidentId.of("410102202611301233", LocalDate.of(2026, 11, 30))
                        .birthDate())
                .isEqualTo(LocalDate.of(2026, 11, 30));
        assertThatThrownBy(() -> ResidentId.of("410102202611301233", LocalDate.of(2026, 11, 29)))
                .hasFieldOrPropertyWithValue("rule", "RESIDENT_ID_BIRTH_DATE_IN_FUTURE");
    }

    @ParameterizedTest
    @CsvSource({"1101051949123100", "110105194912310021", "1101051949123100A"})
    void computesCheckCharactersOnlyForSeventeenDigits(String notSeventeenDigits) {
        assertThatIllegalArgumentException().isThrownBy(() -> ResidentId.checkCharacter(notSeventeenDigits));
    }
}
