package org.liangxiang.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.IntegrationTest;
import org.liangxiang.region.RegionImportException.ImportRule;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports of newer editions. Each test works in its own prefecture of a test province (99), so that the real tree and
 * the other tests are untouched; each import is dated a day after the latest edition.
 */
@IntegrationTest
class RegionImportIntegrationTests {

    @Autowired
    DivisionImports imports;

    @Autowired
    Regions regions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    private LocalDate nextDate() {
        return imports.latestEditionStart().orElseThrow().plusDays(1);
    }

    private static String edition() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private DivisionImports.Report run(String complete, String csv) {
        return imports.run(edition(), nextDate(), complete, csv, "test");
    }

    @Test
    void anImportAddsVersionsAndRetiresAndRetiredCodesStayResolvable() {
        run(null, """
                code,name,parent_code
                990000,测试省,
                990100,测试一市,
                990101,甲区,
                990102,乙区,
                990101001,甲街道,
                990102001,乙街道,
                """);
        assertThat(regions.namePath("990101001")).isEqualTo("测试省 测试一市 甲区 甲街道");
        LocalDate validFrom = nextDate();
        String edition = edition();

        // complete for 990100 at the county and township levels: 乙区 and its township are left out
        DivisionImports.Report report = imports.run(edition, validFrom, "990100", """
                code,name
                990101,甲区
                990103,丙区
                990101001,甲一街道
                """, "test");

        assertThat(report).isEqualTo(new DivisionImports.Report(edition, validFrom, 3, 1, 1, 2));
        Region retired = regions.get("990102");
        assertThat(retired.name()).isEqualTo("乙区");
        assertThat(retired.retired()).isTrue();
        assertThat(retired.validTo()).isEqualTo(validFrom);
        assertThat(retired.validOn(validFrom.minusDays(1))).isTrue();
        assertThat(retired.validOn(validFrom)).isFalse();
        assertThat(regions.get("990102001").validTo()).isEqualTo(validFrom);
        assertThat(regions.parentChain("990102001"))
                .extracting(Region::code)
                .containsExactly("990000", "990100", "990102");
        assertThat(regions.children("990100")).extracting(Region::code).containsExactly("990101", "990103");
        assertThat(regions.findByNamePath("测试省 测试一市 乙区")).isEmpty();
        assertThat(regions.findByNamePath("测试省 测试一市 丙区")).map(Region::code).contains("990103");

        Region renamed = regions.get("990101001");
        assertThat(renamed.name()).isEqualTo("甲一街道");
        assertThat(renamed.validFrom()).isEqualTo(validFrom);
        assertThat(renamed.edition()).isEqualTo(edition);
        assertThat(jdbc.sql("SELECT name || ' ' || coalesce(valid_to::text, '-') FROM region_division"
                                + " WHERE code = '990101001' ORDER BY valid_from")
                        .query(String.class)
                        .list())
                .containsExactly("甲街道 " + validFrom, "甲一街道 -");
        assertThatThrownBy(() -> regions.get("990199")).isInstanceOf(UnknownRegionException.class);
    }

    @Test
    void retiringACodeRetiresItsDescendantsExceptThoseMovedAway() {
        run(null, """
                code,name,parent_code
                990000,测试省,
                990200,测试二市,
                990201,庚区,
                990201001,庚一街道,
                990201002,庚二街道,
                """);
        DivisionImports.Report report = run(null, """
                code,name,parent_code,retire
                990201,,,true
                990202,辛区,990200,
                990201002,庚二街道,990202,
                """);
        assertThat(report.retired()).isEqualTo(2);
        assertThat(report.added()).isEqualTo(1);
        assertThat(report.changed()).isEqualTo(1);
        assertThat(regions.get("990201001").retired()).isTrue();
        Region moved = regions.get("990201002");
        assertThat(moved.retired()).isFalse();
        assertThat(moved.parentCode()).isEqualTo("990202");
        assertThat(regions.contains("990202", "990201002")).isTrue();
        assertThat(regions.contains("990201", "990201002")).isFalse();
    }

    @Test
    void newCodesFindTheirParentByStructureAndInheritTheStatisticalFlag() {
        run(null, """
                code,name
                990000,测试省
                990300,测试三市
                990371,测试经济开发区
                990371001,开发区一街道
                990301,壬区
                990301001,壬一街道
                """);
        assertThat(regions.get("990371").parentCode()).isEqualTo("990300");
        assertThat(regions.get("990371").statisticalOnly()).isTrue();
        assertThat(regions.get("990371001").statisticalOnly()).isTrue();
        assertThat(regions.get("990301001").parentCode()).isEqualTo("990301");
        assertThat(regions.get("990301001").statisticalOnly()).isFalse();
        // the 市辖区 placeholder is recognised by name
        run(null, "code,name\n990000,测试省\n990500,市辖区\n990501,癸区\n");
        assertThat(regions.get("990500").grouping()).isTrue();
        assertThat(regions.namePath("990501")).isEqualTo("测试省 癸区");
    }

    @Test
    void aCompleteFileKeepsStatisticalUnitsAndPlaceholdersItDoesNotList() {
        run(null, "code,name\n990000,测试省\n990600,测试六市\n990601,子区\n990602,丑区\n990671,测试高新区\n");
        DivisionImports.Report report = run("990600", "code,name\n990601,子区\n");
        assertThat(report.retired()).isEqualTo(1);
        assertThat(regions.get("990602").retired()).isTrue();
        assertThat(regions.get("990671").retired()).isFalse();
    }

    @ParameterizedTest(name = "{1} on line {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "code,name,parent_code\\n990000,测试省,\\n990701,孤区,990799 | PARENT_UNKNOWN | 3",
                "code,name\\n990000,测试省\\n990701001,孤街道 | PARENT_UNKNOWN | 3",
                "code,name,parent_code\\n990000,测试省,\\n990700,测试七市,990000\\n990701,寅区,990700"
                        + "\\n990702,卯区,990701 | PARENT_LEVEL | 5",
                "code,name,retire\\n990799,,true | RETIRE_UNKNOWN | 2",
                "code,name\\n990000,测试省\\n990700,测试七市\\n990701,寅区\\n990701,寅区 | DUPLICATE | 5"
            })
    void aRefusedFileStoresNothing(String csv, ImportRule rule, int line) {
        long divisions = count("region_division");
        long editions = count("region_edition");
        assertThatThrownBy(() -> run(null, csv.replace("\\n", "\n")))
                .isInstanceOfSatisfying(RegionImportException.class, e -> {
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.line()).isEqualTo(line);
                });
        assertThat(count("region_division")).isEqualTo(divisions);
        assertThat(count("region_edition")).isEqualTo(editions);
        assertThat(regions.find("990700")).isEmpty();
    }

    @Test
    void aRowUnderAParentThatTheImportRetiresIsRefused() {
        run(null, "code,name\n990000,测试省\n990800,测试八市\n990801,辰区\n990801001,辰一街道\n");
        assertThatThrownBy(() -> run(null, "code,name,retire\n990800,,true\n990801001,辰一街道改,\n"))
                .isInstanceOfSatisfying(RegionImportException.class, e -> {
                    assertThat(e.rule()).isEqualTo(ImportRule.PARENT_RETIRED);
                    assertThat(e.line()).isEqualTo(3);
                });
        assertThat(regions.get("990800").retired()).isFalse();
        assertThat(regions.get("990801001").name()).isEqualTo("辰一街道");
    }

    @Test
    void editionsAreNamedOnceAndDatedAfterTheLatest() {
        String csv = "code,name\n990000,测试省\n";
        assertRule(() -> imports.run("2023", nextDate(), null, csv, "test"), ImportRule.EDITION_EXISTS);
        assertRule(() -> imports.run("第一版", nextDate(), null, csv, "test"), ImportRule.EDITION_FORMAT);
        LocalDate latest = imports.latestEditionStart().orElseThrow();
        assertRule(() -> imports.run(edition(), latest, null, csv, "test"), ImportRule.VALID_FROM_ORDER);
        assertRule(() -> imports.run(edition(), nextDate(), "990999", csv, "test"), ImportRule.SCOPE);
    }

    private static void assertRule(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, ImportRule rule) {
        assertThatThrownBy(call)
                .isInstanceOfSatisfying(
                        RegionImportException.class, e -> assertThat(e.rule()).isEqualTo(rule));
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void reimportingTheBundledFileAsCompleteChangesNothingButRetiresWhatItLacks() throws Exception {
        String bundled;
        try (var in = new GZIPInputStream(new ClassPathResource(BundledEdition.RESOURCE).getInputStream())) {
            bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        run(null, "code,name\n990000,测试省\n991000,测试十市\n");
        // rolled back, so that the shared database keeps its tree and the other tests' codes
        tx.executeWithoutResult(status -> {
            DivisionImports.Report report = run(DivisionImports.EVERYWHERE, bundled);
            assertThat(report.rows()).isEqualTo(44_700);
            assertThat(report.added()).isZero();
            assertThat(report.changed()).isZero();
            assertThat(report.retired()).isPositive();
            assertThat(jdbc.sql(
                                    "SELECT count(*) FROM region_division WHERE valid_to IS NOT NULL AND code NOT LIKE '99%'")
                            .query(Long.class)
                            .single())
                    .isZero();
            assertThat(jdbc.sql("SELECT valid_to IS NOT NULL FROM region_division WHERE code = '991000'")
                            .query(Boolean.class)
                            .single())
                    .isTrue();
            status.setRollbackOnly();
        });
    }

    @Test
    void theRealTreeIsUntouchedByTheTestImports() {
        assertThat(List.of("410102", "410171", "110101"))
                .allSatisfy(code -> assertThat(regions.get(code).retired()).isFalse());
    }
}
