package org.liangxiang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionCodeTests {

    @ParameterizedTest(name = "{0} -> {1} {2}")
    @CsvSource(delimiter = '|', nullValues = "NONE", textBlock = """
            410000          | 410000       | PROVINCE   | NONE      | Henan
            410100          | 410100       | PREFECTURE | 410000    | Zhengzhou
            410102          | 410102       | COUNTY     | 410100    | Zhongyuan district
            410171          | 410171       | COUNTY     | 410100    | a development zone: syntactically a county
            419001          | 419001       | COUNTY     | 419000    | Jiyuan, under the province-administered group
            410102001       | 410102001    | TOWNSHIP   | 410102    | a township (sub-district)
            410102001001    | 410102001001 | VILLAGE    | 410102001 | a village (community)
            441900003       | 441900003    | TOWNSHIP   | 441900    | Dongguan has townships but no counties
            441900003001    | 441900003001 | VILLAGE    | 441900003 | a community in Dongguan
            410102001000    | 410102001    | TOWNSHIP   | 410102    | 12 digits ending 000
            410102000000    | 410102       | COUNTY     | 410100    | 12 digits ending 000000
            410000000000    | 410000       | PROVINCE   | NONE      | 12 digits of a province
            410102000       | 410102       | COUNTY     | 410100    | 9 digits ending 000
            ' ４１０１０２ '   | 410102       | COUNTY     | 410100    | full-width, spaces
            """)
    void readsTheLevelFromTheShape(String input, String value, RegionLevel level, String parent, String why) {
        RegionCode code = RegionCode.of(input);

        assertThat(code.value()).isEqualTo(value);
        assertThat(code).hasToString(value);
        assertThat(code.level()).isEqualTo(level);
        assertThat(code.provinceCode()).isEqualTo(value.substring(0, 2));
        assertThat(code.syntacticParent()).isEqualTo(Optional.ofNullable(parent).map(RegionCode::new));
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            NULL          | REGION_CODE_REQUIRED  | nothing
            41010A        | REGION_CODE_DIGITS    | a letter
            -41010        | REGION_CODE_DIGITS    | a sign
            41            | REGION_CODE_LENGTH    | the province digits alone
            4101020       | REGION_CODE_LENGTH    | 7 digits
            41010200100   | REGION_CODE_LENGTH    | 11 digits
            4101020010011 | REGION_CODE_LENGTH    | 13 digits
            000000        | REGION_CODE_PROVINCE  | all zeros
            990000        | REGION_CODE_PROVINCE  | no such province
            830000        | REGION_CODE_PROVINCE  | 83 is only for residence permits, not GB/T 2260
            410012        | REGION_CODE_STRUCTURE | county under a zero prefecture
            410000001     | REGION_CODE_STRUCTURE | township under a zero prefecture
            410001000000  | REGION_CODE_STRUCTURE | county under a zero prefecture, 12 digits
            410102000001  | REGION_CODE_STRUCTURE | village under a zero township
            """)
    void refusesInvalidCodesNamingTheRule(String input, String rule, String why) {
        assertThatThrownBy(() -> RegionCode.of(input)).isInstanceOfSatisfying(InvalidValueException.class, refused -> {
            assertThat(refused.rule()).isEqualTo(rule);
            assertThat(refused.field()).isEqualTo("regionCode");
            assertThat(refused.messageZh()).isNotBlank();
            assertThat(refused.messageEn()).isNotBlank();
        });
    }

    @Test
    void walksFromAVillageToItsProvince() {
        List<RegionLevel> levels = new ArrayList<>();
        Optional<RegionCode> code = Optional.of(RegionCode.of("410102001001"));
        while (code.isPresent()) {
            levels.add(code.get().level());
            code = code.get().syntacticParent();
        }

        assertThat(levels)
                .containsExactly(
                        RegionLevel.VILLAGE,
                        RegionLevel.TOWNSHIP,
                        RegionLevel.COUNTY,
                        RegionLevel.PREFECTURE,
                        RegionLevel.PROVINCE);
    }

    @Test
    void equalsOnTheCanonicalValue() {
        assertThat(RegionCode.of("410102000000")).isEqualTo(new RegionCode("410102"));
        assertThat(RegionCode.of("410102001000")).isEqualTo(RegionCode.of("410102001"));
    }
}
