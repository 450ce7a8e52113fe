package org.liangxiang.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.shared.RegionLevel;

class DivisionTreeTests {

    private static final LocalDate FROM = LocalDate.of(2023, 6, 30);

    private static Region region(String code, String parent, String name, RegionLevel level, boolean grouping) {
        return new Region(code, parent, name, level, FROM, null, "2023", false, grouping);
    }

    private static final DivisionTree TREE = new DivisionTree(
            List.of(
                    region("110000", null, "北京市", RegionLevel.PROVINCE, false),
                    region("110100", "110000", "市辖区", RegionLevel.PREFECTURE, true),
                    region("110101", "110100", "东城区", RegionLevel.COUNTY, false),
                    region("110101001", "110101", "东华门街道", RegionLevel.TOWNSHIP, false),
                    region("410000", null, "河南省", RegionLevel.PROVINCE, false),
                    region("410100", "410000", "郑州市", RegionLevel.PREFECTURE, false),
                    region("410102", "410100", "中原区", RegionLevel.COUNTY, false),
                    region("410103", "410100", "二七区", RegionLevel.COUNTY, false),
                    new Region(
                            "410199",
                            "410100",
                            "旧区",
                            RegionLevel.COUNTY,
                            FROM,
                            FROM.plusYears(1),
                            "2023",
                            false,
                            false)),
            "test");

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource({
        "河南省 郑州市 中原区, 410102",
        "河南省郑州市中原区, 410102",
        "'  河南省  郑州市/中原区 ', 410102",
        "河南省 郑州市, 410100",
        "河南省, 410000",
        // rule: placeholders (市辖区) may be given or left out
        "北京市 东城区, 110101",
        "北京市 市辖区 东城区, 110101",
        "北京市东城区东华门街道, 110101001",
        // rule: names are whole names from the province down
        "郑州市 中原区, ''",
        "河南省 郑州 中原区, ''",
        "河南省 郑州市 中原区 林山寨街道, ''",
        // rule: retired regions are not found by name
        "河南省 郑州市 旧区, ''",
        "'', ''"
    })
    void findsCurrentRegionsByNamePath(String path, String code) {
        Optional<Region> found = TREE.byNamePath(path);
        assertThat(found.map(Region::code).orElse("")).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"110101001, 北京市 东城区 东华门街道", "410102, 河南省 郑州市 中原区", "410000, 河南省", "410199, 河南省 郑州市 旧区"})
    void namePathsSkipPlaceholders(String code, String path) {
        assertThat(TREE.namePath(TREE.find(code).orElseThrow())).isEqualTo(path);
    }

    @ParameterizedTest(name = "children of {0}: {1}")
    @CsvSource({"410100, 410102 410103", "110100, 110101", "410102, ''"})
    void childrenAreCurrentOnesByCode(String code, String children) {
        assertThat(String.join(
                        " ", TREE.children(code).stream().map(Region::code).toList()))
                .isEqualTo(children);
    }
}
