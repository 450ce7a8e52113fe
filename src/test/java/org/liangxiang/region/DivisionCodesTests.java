package org.liangxiang.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.shared.RegionLevel;

class DivisionCodesTests {

    @ParameterizedTest(name = "{0} -> {1} ({2})")
    @CsvSource({
        // rule: 6 digits for provinces, prefectures and counties (GB/T 2260 shape)
        "410000, 410000, PROVINCE",
        "410100, 410100, PREFECTURE",
        "410102, 410102, COUNTY",
        // rule: 9 digits for townships (county 6 + 3)
        "410102001, 410102001, TOWNSHIP",
        // rule: 12-digit statistical codes end in 000000 (county and above) or 000 (township)
        "410102000000, 410102, COUNTY",
        "410100000000, 410100, PREFECTURE",
        "410102001000, 410102001, TOWNSHIP",
        "' 410102 ', 410102, COUNTY"
    })
    void canonicalisesAndNamesTheLevel(String raw, String canonical, RegionLevel level) {
        assertThat(DivisionCodes.canonical("code", raw)).isEqualTo(canonical);
        assertThat(DivisionCodes.levelOf(canonical)).isEqualTo(level);
    }

    @ParameterizedTest(name = "{0} breaks {1}")
    @CsvSource({
        "41010, DIGITS",
        "4101020, DIGITS",
        "41010200100, DIGITS",
        "41O102, DIGITS",
        "'', DIGITS",
        "4101020010001, DIGITS",
        // rule: a 12-digit code not ending in 000 is a village, which the tree does not keep
        "410102001001, VILLAGE"
    })
    void refusesCodesThatBreakARule(String raw, InvalidRegionCodeException.Rule rule) {
        assertThatThrownBy(() -> DivisionCodes.canonical("homeRegion", raw))
                .isInstanceOfSatisfying(InvalidRegionCodeException.class, e -> {
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.field()).isEqualTo("homeRegion");
                })
                .hasMessageContaining("homeRegion");
    }

    @Test
    void refusesNull() {
        assertThatThrownBy(() -> DivisionCodes.canonical("code", null)).isInstanceOf(InvalidRegionCodeException.class);
    }

    @ParameterizedTest(name = "{0} statistical range: {1}")
    @CsvSource({
        // county level: 5th-6th digits 70-79 are statistics-bureau units (development zones)
        "410171, true",
        "410173, true",
        "410170, true",
        "410179, true",
        "410102, false",
        "410122, false",
        // 81-99 are GB/T 2260 county-level cities, not statistical
        "410181, false",
        "419001, false",
        // township level: 400-599 are 类似乡级单位
        "410171560, true",
        "410102400, true",
        "410102599, true",
        "410102001, false",
        "410102399, false",
        "410102600, false",
        "410000, false",
        "410100, false"
    })
    void knowsTheStatisticalRanges(String code, boolean statistical) {
        assertThat(DivisionCodes.statisticalRange(code)).isEqualTo(statistical);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"410102, 410100 410000", "410100, 410000", "410102001, 410102 410100", "410000, ''"})
    void namesTheStructuralParentsNearestFirst(String code, String parents) {
        assertThat(String.join(" ", DivisionCodes.structuralParents(code))).isEqualTo(parents);
    }
}
