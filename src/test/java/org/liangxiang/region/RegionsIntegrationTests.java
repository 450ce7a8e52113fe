package org.liangxiang.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.IntegrationTest;
import org.liangxiang.shared.RegionLevel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The Regions API over the bundled 2023 edition (and the demo office assignments). */
@IntegrationTest
class RegionsIntegrationTests {

    @Autowired
    Regions regions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void zhongyuanDistrictIsACountyOfZhengzhouInHenan() {
        Region zhongyuan = regions.get("410102");
        assertThat(zhongyuan.name()).isEqualTo("中原区");
        assertThat(zhongyuan.level()).isEqualTo(RegionLevel.COUNTY);
        assertThat(zhongyuan.parentCode()).isEqualTo("410100");
        assertThat(zhongyuan.statisticalOnly()).isFalse();
        assertThat(zhongyuan.retired()).isFalse();
        assertThat(zhongyuan.edition()).isEqualTo("2023");
        assertThat(regions.parentChain("410102"))
                .extracting(Region::code, Region::name)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("410000", "河南省"),
                        org.assertj.core.groups.Tuple.tuple("410100", "郑州市"));
        assertThat(regions.namePath("410102")).isEqualTo("河南省 郑州市 中原区");
        assertThat(regions.find("410102000000")).contains(zhongyuan);
    }

    @Test
    void aTownshipOfZhongyuanIsServedByZhongyuansOffices() {
        Region township = regions.children("410102").get(0);
        assertThat(township.level()).isEqualTo(RegionLevel.TOWNSHIP);
        assertThat(township.code()).startsWith("410102").hasSize(9);
        assertThat(regions.contains("410102", township.code())).isTrue();
        assertThat(regions.officesFor(township.code()))
                .containsExactly(
                        new Office(
                                OfficeKind.TOWNSHIP_OFFICE,
                                township.code(),
                                OfficeNames.of(OfficeKind.TOWNSHIP_OFFICE, township),
                                false),
                        new Office(OfficeKind.COUNTY_FEDERATION, "410102", "中原区残疾人联合会", false),
                        new Office(OfficeKind.COUNTY_CIVIL_AFFAIRS, "410102", "中原区民政局", false));
    }

    @Test
    void aDevelopmentZoneTownshipIsStatisticalAndServedAsAssigned() {
        Region zone = regions.get("410171");
        assertThat(zone.statisticalOnly()).isTrue();
        Region township = regions.get("410171560");
        assertThat(township.name()).isEqualTo("郑州经济技术开发区明湖街道");
        assertThat(township.statisticalOnly()).isTrue();
        // the demo assigns 410171's townships to the city's federation and civil-affairs bureau
        assertThat(regions.officesFor("410171560"))
                .containsExactly(
                        new Office(OfficeKind.TOWNSHIP_OFFICE, "410171560", "郑州经济技术开发区明湖街道办事处", false),
                        new Office(OfficeKind.COUNTY_FEDERATION, "410100", "郑州市残疾人联合会", true),
                        new Office(OfficeKind.COUNTY_CIVIL_AFFAIRS, "410100", "郑州市民政局", true));
    }

    @Test
    void aTownshipAssignmentOverridesTheZonesAndClearingItRestoresTheDefault() {
        String township = regions.children("410173").get(0).code();
        regions.assignOffice(township, OfficeKind.COUNTY_FEDERATION, "410184", "新郑市残联（代管）", "test");
        regions.assignOffice("410173", OfficeKind.COUNTY_FEDERATION, "410100", null, "test");
        assertThat(regions.officesFor(township).get(1))
                .isEqualTo(new Office(OfficeKind.COUNTY_FEDERATION, "410184", "新郑市残联（代管）", true));
        regions.clearOffice(township, OfficeKind.COUNTY_FEDERATION, "test");
        assertThat(regions.officesFor(township).get(1))
                .isEqualTo(new Office(OfficeKind.COUNTY_FEDERATION, "410100", "郑州市残疾人联合会", true));
        regions.clearOffice("410173", OfficeKind.COUNTY_FEDERATION, "test");
        assertThat(regions.officesFor(township).get(1))
                .isEqualTo(new Office(OfficeKind.COUNTY_FEDERATION, "410173", "郑州航空港经济综合实验区残疾人联合会", false));
    }

    @ParameterizedTest(name = "{0} serving {1} for {2}: {3}")
    @CsvSource({
        // rule: a township office is a township; federations and civil-affairs bureaus are counties or cities
        "410171, 410102, TOWNSHIP_OFFICE, LEVEL",
        "410171, 410000, COUNTY_FEDERATION, LEVEL",
        "410171, 410102001, COUNTY_CIVIL_AFFAIRS, LEVEL",
        // rule: assignments are below the province
        "410000, 410100, COUNTY_FEDERATION, LEVEL"
    })
    void refusesAssignmentsOfTheWrongLevel(
            String region, String serving, OfficeKind kind, InvalidRegionCodeException.Rule rule) {
        assertThatThrownBy(() -> regions.assignOffice(region, kind, serving, null, "test"))
                .isInstanceOfSatisfying(
                        InvalidRegionCodeException.class,
                        e -> assertThat(e.rule()).isEqualTo(rule));
    }

    @Test
    void aCityWithoutCountiesServesItsTownshipsItself() {
        Region dongcheng = regions.get("441900003");
        assertThat(dongcheng.parentCode()).isEqualTo("441900");
        assertThat(regions.get("441900").level()).isEqualTo(RegionLevel.PREFECTURE);
        assertThat(regions.officesFor("441900003"))
                .extracting(Office::servingRegionCode, Office::displayName)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("441900003", "东城街道办事处"),
                        org.assertj.core.groups.Tuple.tuple("441900", "东莞市残疾人联合会"),
                        org.assertj.core.groups.Tuple.tuple("441900", "东莞市民政局"));
    }

    @ParameterizedTest(name = "contains({0}, {1}) = {2}")
    @CsvSource({
        "410000, 410102, true",
        "410100, 410102, true",
        "410102, 410102, true",
        "410000, 410171560, true",
        "410100, 410171560, true",
        "410171, 410171560, true",
        "410102, 410103, false",
        "410103, 410102, false",
        "410102, 410100, false",
        "410102, 410171560, false",
        "410000, 420100, false",
        "110000, 110101, true",
        "110100, 110101001, true",
        "419000, 419001, true",
        "410000, 419001, true"
    })
    void containsFollowsTheTreeNotThePrefix(String ancestor, String code, boolean contained) {
        assertThat(regions.contains(ancestor, code)).isEqualTo(contained);
    }

    @ParameterizedTest(name = "''{0}'' -> {1}")
    @CsvSource({
        "河南省 郑州市 中原区, 410102",
        "河南省郑州市中原区, 410102",
        "河南省 郑州市 郑州经济技术开发区, 410171",
        "北京市 东城区, 110101",
        "北京市 市辖区 东城区, 110101",
        "河南省 济源市, 419001",
        "广东省 东莞市 东城街道, 441900003",
        "中原区, ''",
        "河南省 郑州市 不存在区, ''"
    })
    void findsByNamePath(String path, String code) {
        assertThat(regions.findByNamePath(path).map(Region::code).orElse("")).isEqualTo(code);
    }

    @Test
    void unknownAndMalformedCodesAreClearErrors() {
        assertThat(regions.find("410199")).isEmpty();
        assertThatThrownBy(() -> regions.get("410199"))
                .isInstanceOf(UnknownRegionException.class)
                .hasMessageContaining("410199");
        assertThatThrownBy(() -> regions.get("4101"))
                .isInstanceOfSatisfying(
                        InvalidRegionCodeException.class,
                        e -> assertThat(e.rule()).isEqualTo(InvalidRegionCodeException.Rule.DIGITS));
        assertThatThrownBy(() -> regions.officesFor("410102"))
                .isInstanceOfSatisfying(
                        InvalidRegionCodeException.class,
                        e -> assertThat(e.rule()).isEqualTo(InvalidRegionCodeException.Rule.LEVEL));
    }

    @Test
    void theBundledEditionCoversAllOfChinaDownToTownships() {
        List<String> counts = jdbc.sql("""
                        SELECT level || '=' || count(*) FROM region_division WHERE edition = '2023'
                        GROUP BY level ORDER BY level""").query(String.class).list();
        assertThat(counts).containsExactly("COUNTY=2975", "PREFECTURE=342", "PROVINCE=31", "TOWNSHIP=41352");
        assertThat(regions.children("410100"))
                .extracting(Region::code)
                .containsExactly(
                        "410102", "410103", "410104", "410105", "410106", "410108", "410122", "410171", "410172",
                        "410173", "410181", "410182", "410183", "410184", "410185");
    }
}
