package org.liangxiang.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisabilityCategoryAndLevelTests {

    @ParameterizedTest(name = "category {0} is {1}")
    @CsvSource({
        "1, VISUAL, 视力残疾",
        "2, HEARING, 听力残疾",
        "3, SPEECH, 言语残疾",
        "4, PHYSICAL, 肢体残疾",
        "5, INTELLECTUAL, 智力残疾",
        "6, MENTAL, 精神残疾",
        "7, MULTIPLE, 多重残疾"
    })
    void categoryDigitsFollowTheCertificateNumber(int digit, DisabilityCategory category, String nameZh) {
        assertThat(DisabilityCategory.ofDigit(digit)).contains(category);
        assertThat(category.digit()).isEqualTo(digit);
        assertThat(category.nameZh()).isEqualTo(nameZh);
        assertThat(category.nameEn()).isNotBlank();
    }

    @ParameterizedTest(name = "level {0} is {1}")
    @CsvSource({"1, LEVEL_1, 一级", "2, LEVEL_2, 二级", "3, LEVEL_3, 三级", "4, LEVEL_4, 四级"})
    void levelDigitsFollowTheCertificateNumber(int digit, DisabilityLevel level, String nameZh) {
        assertThat(DisabilityLevel.ofDigit(digit)).contains(level);
        assertThat(level.digit()).isEqualTo(digit);
        assertThat(level.nameZh()).isEqualTo(nameZh);
    }

    @ParameterizedTest(name = "no category or level {0}")
    @CsvSource({"0", "8", "9", "-1"})
    void unknownDigitsHaveNoCategory(int digit) {
        assertThat(DisabilityCategory.ofDigit(digit)).isEmpty();
    }

    @ParameterizedTest(name = "no level {0}")
    @CsvSource({"0", "5", "9"})
    void unknownDigitsHaveNoLevel(int digit) {
        assertThat(DisabilityLevel.ofDigit(digit)).isEmpty();
    }

    @ParameterizedTest(name = "{0} at least as severe as {1}: {2}")
    @CsvSource({
        "LEVEL_1, LEVEL_2, true",
        "LEVEL_2, LEVEL_2, true",
        "LEVEL_3, LEVEL_2, false",
        "LEVEL_4, LEVEL_1, false",
        "LEVEL_1, LEVEL_4, true"
    })
    void levelOneIsTheMostSevere(DisabilityLevel level, DisabilityLevel other, boolean atLeastAsSevere) {
        assertThat(level.atLeastAsSevereAs(other)).isEqualTo(atLeastAsSevere);
    }
}
