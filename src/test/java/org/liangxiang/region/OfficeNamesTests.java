package org.liangxiang.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.shared.RegionLevel;

class OfficeNamesTests {

    @ParameterizedTest(name = "{0} of {1} is {2}")
    @CsvSource({
        "COUNTY_FEDERATION, 中原区, 中原区残疾人联合会",
        "COUNTY_CIVIL_AFFAIRS, 中原区, 中原区民政局",
        "COUNTY_FEDERATION, 郑州市, 郑州市残疾人联合会",
        "TOWNSHIP_OFFICE, 林山寨街道, 林山寨街道办事处",
        "TOWNSHIP_OFFICE, 九龙镇, 九龙镇人民政府",
        "TOWNSHIP_OFFICE, 须水乡, 须水乡人民政府",
        "TOWNSHIP_OFFICE, 宝日希勒苏木, 宝日希勒苏木人民政府",
        // 类似乡级单位 (farms, zones) are known by their own names
        "TOWNSHIP_OFFICE, 一六五团, 一六五团"
    })
    void namesTheOfficeOfARegion(OfficeKind kind, String regionName, String officeName) {
        Region region = new Region(
                "410102",
                "410100",
                regionName,
                RegionLevel.COUNTY,
                LocalDate.of(2023, 6, 30),
                null,
                "2023",
                false,
                false);
        assertThat(OfficeNames.of(kind, region)).isEqualTo(officeName);
    }
}
