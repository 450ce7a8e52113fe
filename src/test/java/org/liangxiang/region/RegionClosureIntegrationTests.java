package org.liangxiang.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The closure table against the in-memory tree, queried the way other modules will: rows with township codes filtered
 * by {@link Regions#withinSubtree}. Imports work under the test province 99 (prefectures 9921-9923) only.
 */
@org.liangxiang.IntegrationTest
class RegionClosureIntegrationTests {

    @Autowired
    Regions regions;

    @Autowired
    DivisionImports imports;

    @Autowired
    BundledEdition bundled;

    @Autowired
    RegionClosure closure;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @ParameterizedTest(name = "{1} within {0}: {2} {3}")
    @CsvSource(textBlock = """
            410102, 410102001, true, '林山寨街道 in its district 中原区'
            410100, 410102001, true, '... in 郑州市'
            410000, 410102001, true, '... in 河南省'
            410102001, 410102001, true, 'a region contains itself'
            410103, 410102001, false, 'not in the neighbouring district 二七区'
            420000, 410102001, false, 'not in 湖北省'
            410102001, 410102, false, 'containment does not run upwards'
            410171, 410171111, true, '九龙镇 in 郑州经济技术开发区, a statistical county-level unit'
            410100, 410171111, true,
            410000, 410171111, true,
            410102, 410171111, false,
            410102, 410172560, false, '枫杨街道 (高新区): 中原区’s offices serve it in the demo, yet it is not in 中原区'
            410100, 410172560, true,
            419000, 419001001, true, '济源 under the placeholder 省直辖县级行政区划'
            410000, 419001001, true,
            441900, 441900003, true, '东莞, a city without counties: townships right under the city'
            440000, 441900003, true,
            110100, 110101001, true, '北京’s placeholder 市辖区'
            110000, 110101001, true,
            410000, 110101001, false,
            """)
    void containmentInSqlAgreesWithTheTree(String ancestor, String code, boolean within, String why) {
        assertThat(regions.contains(ancestor, code)).isEqualTo(within);
        assertThat(withinInSql(ancestor, code)).isEqualTo(within);
    }

    @Test
    void rowsFilteredByJurisdictionAreExactlyThoseInItsSubtree() {
        tx.executeWithoutResult(status -> {
            jdbc.sql("CREATE TEMP TABLE closure_sample (id INT PRIMARY KEY, township_code VARCHAR(9)) ON COMMIT DROP")
                    .update();
            jdbc.sql("""
                            INSERT INTO closure_sample VALUES
                                (1, '410102001'), (2, '410102014'), (3, '410103001'), (4, '410171111'),
                                (5, '410172560'), (6, '419001001'), (7, '420102002'), (8, NULL), (9, '410122001'),
                                (10, '410102999')""").update();
            assertThat(idsWithin("410100")).containsExactly(1, 2, 3, 4, 5, 9);
            assertThat(idsWithin("410102")).containsExactly(1, 2);
            assertThat(idsWithin("410000")).containsExactly(1, 2, 3, 4, 5, 6, 9);
            assertThat(idsWithin(List.of("410102", "410171"))).containsExactly(1, 2, 4);
            assertThat(idsWithin("410102001")).containsExactly(1);
            assertThat(idsWithin("999999")).isEmpty();
            // NOT keeps the rows outside, the row without a code among them
            assertThat(jdbc.sql("SELECT id FROM closure_sample s WHERE NOT "
                                    + Regions.withinSubtree("s.township_code", "jurisdiction") + " ORDER BY id")
                            .param("jurisdiction", "410100")
                            .query(Integer.class)
                            .list())
                    .containsExactly(6, 7, 8, 10);
            // in the select list too
            assertThat(jdbc.sql("SELECT s.id || ':' || " + Regions.withinSubtree("s.township_code", "jurisdiction")
                                    + " FROM closure_sample s WHERE s.id <= 4 ORDER BY s.id")
                            .param("jurisdiction", "410102")
                            .query(String.class)
                            .list())
                    .containsExactly("1:true", "2:true", "3:false", "4:false");
        });
    }

    @Test
    void theClosureOfTheRealTreeIsEveryCodeWithEachAncestorAtItsDepth() {
        Set<String> expected = new HashSet<>();
        for (String code : currentCodes()) {
            if (!code.startsWith("99")) {
                List<Region> chain = regions.parentChain(code);
                expected.add(code + " " + code + " 0");
                for (int i = 0; i < chain.size(); i++) {
                    expected.add(chain.get(i).code() + " " + code + " " + (chain.size() - i));
                }
            }
        }
        List<String> actual = jdbc.sql("""
                        SELECT ancestor_code || ' ' || descendant_code || ' ' || depth FROM region_closure
                        WHERE descendant_code NOT LIKE '99%'""").query(String.class).list();
        assertThat(actual).hasSize(expected.size()).hasSizeGreaterThan(170_000);
        assertThat(new HashSet<>(actual)).isEqualTo(expected);
    }

    @Test
    void twoThousandRandomPairsAgreeWithTheTree() {
        List<String> codes = currentCodesFromTheTree();
        Random random = new Random(20261129);
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String code = codes.get(random.nextInt(codes.size()));
            List<String> chain = new ArrayList<>(
                    regions.parentChain(code).stream().map(Region::code).toList());
            chain.add(code);
            String near = chain.get(random.nextInt(chain.size()));
            String ancestor = switch (random.nextInt(3)) {
                case 0 -> near; // on the chain: within
                case 1 -> sibling(near, random); // next to the chain: mostly not within
                default -> codes.get(random.nextInt(codes.size())); // anywhere: almost never within
            };
            pairs.add(new String[] {ancestor, code});
        }
        Set<Integer> withinInSql = tx.execute(status -> {
            jdbc.sql("""
                            CREATE TEMP TABLE closure_pair (id INT PRIMARY KEY, ancestor_code VARCHAR(9),
                                                            code VARCHAR(9)) ON COMMIT DROP""").update();
            jdbc.sql("""
                            INSERT INTO closure_pair
                            SELECT a.i, a.c, d.c
                            FROM unnest(string_to_array(:ancestors, ',')) WITH ORDINALITY AS a(c, i)
                            JOIN unnest(string_to_array(:codes, ',')) WITH ORDINALITY AS d(c, i) ON d.i = a.i""")
                    .param("ancestors", pairs.stream().map(p -> p[0]).collect(Collectors.joining(",")))
                    .param("codes", pairs.stream().map(p -> p[1]).collect(Collectors.joining(",")))
                    .update();
            return new HashSet<>(jdbc.sql("SELECT p.id FROM closure_pair p WHERE "
                            + Regions.withinSubtreeOfColumn("p.code", "p.ancestor_code"))
                    .query(Integer.class)
                    .list());
        });
        int within = 0;
        for (int i = 0; i < pairs.size(); i++) {
            String[] pair = pairs.get(i);
            boolean inTree = regions.contains(pair[0], pair[1]);
            assertThat(withinInSql.contains(i + 1))
                    .as("%s within %s", pair[1], pair[0])
                    .isEqualTo(inTree);
            within += inTree ? 1 : 0;
        }
        assertThat(within).as("pairs within").isBetween(500, 1_500);
    }

    @Test
    void anImportThatMovesATownshipMovesItInTheClosure() {
        run("""
                code,name,parent_code
                990000,测试省,
                992100,测试二十一市,
                992101,子区,
                992102,丑区,
                992101001,子一街道,
                992101002,子二街道,
                """);
        assertThat(codesWithin("992101")).containsExactly("992101", "992101001", "992101002");
        assertThat(ancestorsInClosure("992101001")).containsExactly("990000 3", "992100 2", "992101 1", "992101001 0");

        run("code,name,parent_code\n992101001,子一街道,992102\n");

        assertThat(regions.contains("992102", "992101001")).isTrue();
        assertThat(codesWithin("992101")).containsExactly("992101", "992101002");
        assertThat(codesWithin("992102")).containsExactly("992101001", "992102");
        assertThat(ancestorsInClosure("992101001")).containsExactly("990000 3", "992100 2", "992102 1", "992101001 0");
        assertThat(codesWithin("992100")).isEqualTo(subtreeInTheTree("992100"));
        assertThat(everyEditionFollowedByARefresh()).isTrue();
    }

    @Test
    void retiredCodesLeaveTheClosure() {
        run("""
                code,name,parent_code
                990000,测试省,
                992200,测试二十二市,
                992201,寅区,
                992202,卯区,
                992201001,寅一街道,
                992202001,卯一街道,
                """);
        assertThat(codesWithin("992200")).hasSize(5);

        run("code,name,retire\n992201,,true\n");

        assertThat(regions.get("992201001").retired()).isTrue();
        assertThat(codesWithin("992200")).containsExactly("992200", "992202", "992202001");
        assertThat(codesWithin("992201")).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM region_closure WHERE ? IN (ancestor_code, descendant_code)"
                                + " OR ? IN (ancestor_code, descendant_code)")
                        .params("992201", "992201001")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(codesWithin("992200")).isEqualTo(subtreeInTheTree("992200"));
    }

    @Test
    void aRefusedImportLeavesTheClosureAsItWas() {
        run("code,name,parent_code\n990000,测试省,\n992300,测试二十三市,\n992301,辰区,\n992301001,辰一街道,\n");
        List<String> before = codesWithin("992300");
        // the move on line 3 would be valid, the parent on line 4 is unknown
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> run("""
                        code,name,parent_code
                        992302,巳区,992300
                        992301001,辰一街道,992302
                        992301002,辰二街道,992399
                        """))
                .isInstanceOfSatisfying(
                        RegionImportException.class, e -> assertThat(e.line()).isEqualTo(4));
        assertThat(codesWithin("992300")).isEqualTo(before).contains("992301001");
    }

    @Test
    void aDatabaseUpgradedFromBeforeTheClosureGetsItAtStartup() {
        long rows = count();
        // rolled back, so that the shared database keeps its closure
        tx.executeWithoutResult(status -> {
            // as the migration leaves an older database: no closure, editions not marked
            jdbc.sql("DELETE FROM region_closure").update();
            jdbc.sql("UPDATE region_edition SET closure_refreshed = false").update();
            assertThat(withinInSql("410100", "410102001")).isFalse();

            assertThat(bundled.loadIfAbsent()).isZero();

            assertThat(count()).isEqualTo(rows);
            assertThat(withinInSql("410100", "410102001")).isTrue();
            assertThat(everyEditionFollowedByARefresh()).isTrue();
            assertThat(closure.refresh()).isEqualTo(new RegionClosure.Change(0, 0));
            status.setRollbackOnly();
        });
    }

    @Test
    void aRefreshMendsEveryRowOutOfStepAndWritesNothingWhenInStep() {
        long rows = count();
        tx.executeWithoutResult(status -> {
            assertThat(closure.refresh()).isEqualTo(new RegionClosure.Change(0, 0));
            assertThat(closure.refreshIfBehind()).isEqualTo(new RegionClosure.Change(0, 0));
            jdbc.sql("""
                            UPDATE region_closure SET ancestor_code = '410103'
                            WHERE descendant_code = '410102001' AND depth = 1""").update();
            jdbc.sql("UPDATE region_closure SET depth = 1 WHERE descendant_code = '410102002' AND depth = 2")
                    .update();
            jdbc.sql("INSERT INTO region_closure VALUES ('420000', '410102003', 3)")
                    .update();
            jdbc.sql("DELETE FROM region_closure WHERE descendant_code = '410102004' AND depth = 3")
                    .update();
            assertThat(withinInSql("410103", "410102001")).isTrue();
            assertThat(withinInSql("420000", "410102003")).isTrue();
            assertThat(withinInSql("410000", "410102004")).isFalse();

            assertThat(closure.refresh()).isEqualTo(new RegionClosure.Change(3, 3));

            assertThat(count()).isEqualTo(rows);
            assertThat(withinInSql("410103", "410102001")).isFalse();
            assertThat(withinInSql("410102", "410102001")).isTrue();
            assertThat(withinInSql("420000", "410102003")).isFalse();
            assertThat(withinInSql("410000", "410102004")).isTrue();
            assertThat(ancestorsInClosure("410102002"))
                    .containsExactly("410000 3", "410100 2", "410102 1", "410102002 0");
            status.setRollbackOnly();
        });
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM region_closure").query(Long.class).single();
    }

    private boolean everyEditionFollowedByARefresh() {
        return jdbc.sql("SELECT bool_and(closure_refreshed) FROM region_edition")
                .query(Boolean.class)
                .single();
    }

    private boolean withinInSql(String ancestor, String code) {
        return jdbc.sql("SELECT count(*) FROM (VALUES (CAST(:code AS VARCHAR(9)))) AS r(township_code) WHERE "
                                + Regions.withinSubtree("r.township_code", "jurisdiction"))
                        .param("code", code)
                        .param("jurisdiction", ancestor)
                        .query(Long.class)
                        .single()
                == 1;
    }

    private List<Integer> idsWithin(Object jurisdiction) {
        return jdbc.sql("SELECT id FROM closure_sample s WHERE "
                        + Regions.withinSubtree("s.township_code", "jurisdiction") + " ORDER BY id")
                .param("jurisdiction", jurisdiction)
                .query(Integer.class)
                .list();
    }

    /** The current codes in the subtree, found the way a module would: division rows filtered by jurisdiction. */
    private List<String> codesWithin(String jurisdiction) {
        return jdbc.sql("SELECT d.code FROM region_division d WHERE d.valid_to IS NULL AND "
                        + Regions.withinSubtree("d.code", "jurisdiction") + " ORDER BY d.code")
                .param("jurisdiction", jurisdiction)
                .query(String.class)
                .list();
    }

    private List<String> ancestorsInClosure(String code) {
        return jdbc.sql("SELECT ancestor_code || ' ' || depth FROM region_closure WHERE descendant_code = ?"
                        + " ORDER BY depth DESC")
                .param(code)
                .query(String.class)
                .list();
    }

    private List<String> subtreeInTheTree(String code) {
        List<String> found = new ArrayList<>();
        Deque<String> todo = new ArrayDeque<>(List.of(code));
        while (!todo.isEmpty()) {
            String at = todo.pop();
            found.add(at);
            regions.children(at).forEach(child -> todo.push(child.code()));
        }
        return found.stream().sorted().toList();
    }

    private List<String> currentCodes() {
        return jdbc.sql("SELECT code FROM region_division WHERE valid_to IS NULL ORDER BY code")
                .query(String.class)
                .list();
    }

    /** Every current code, walking down the in-memory tree from the provinces. */
    private List<String> currentCodesFromTheTree() {
        List<String> codes = new ArrayList<>();
        jdbc.sql("SELECT code FROM region_division WHERE valid_to IS NULL AND level = 'PROVINCE' ORDER BY code")
                .query(String.class)
                .list()
                .forEach(province -> codes.addAll(subtreeInTheTree(province)));
        // the real tree only, so that the seeded pairs do not depend on which test imports ran before
        return codes.stream().filter(code -> !code.startsWith("99")).sorted().toList();
    }

    /** A random child of the region's parent (a random province for a province), possibly the region itself. */
    private String sibling(String code, Random random) {
        String parent = regions.get(code).parentCode();
        List<String> siblings = parent == null
                ? jdbc.sql("""
                                SELECT code FROM region_division
                                WHERE valid_to IS NULL AND level = 'PROVINCE' AND code NOT LIKE '99%' ORDER BY code""").query(String.class).list()
                : regions.children(parent).stream().map(Region::code).toList();
        return siblings.get(random.nextInt(siblings.size()));
    }

    private void run(String csv) {
        LocalDate next = imports.latestEditionStart().orElseThrow().plusDays(1);
        imports.run("c-" + UUID.randomUUID().toString().substring(0, 8), next, null, csv, "test");
    }
}
