package org.liangxiang.region;

import java.time.LocalDate;
import java.util.List;
import org.liangxiang.region.RegionImportException.ImportRule;
import org.liangxiang.shared.RegionLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The set-based statements of an import, over the staged rows in the temporary table {@code region_import}. */
@Component
class ImportSteps {

    private static final String CURRENT =
            "EXISTS (SELECT 1 FROM region_division d WHERE d.code = %s AND d.valid_to IS NULL)";
    private static final String STAGED = "EXISTS (SELECT 1 FROM region_import o WHERE o.code = %s AND NOT o.retire)";
    private static final String RANK = "array_position(ARRAY['PROVINCE','PREFECTURE','COUNTY','TOWNSHIP'], %s)";
    private static final List<String> GROUPING_NAMES = List.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private final JdbcClient jdbc;

    ImportSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Fills in what the file left out (parent, flags) and checks every row against the tree. */
    void completeRows() {
        jdbc.sql("""
                        UPDATE region_import s
                        SET parent_code = coalesce(s.parent_code, d.parent_code),
                            statistical_only = coalesce(s.statistical_only, d.statistical_only),
                            grouping_node = d.grouping_node
                        FROM region_division d WHERE d.code = s.code AND d.valid_to IS NULL""").update();
        jdbc.sql("""
                        UPDATE region_import s SET parent_code = (
                            SELECT u.c FROM unnest(string_to_array(s.parent_candidates, ' ')) WITH ORDINALITY AS u(c, i)
                            WHERE %s OR %s ORDER BY u.i LIMIT 1)
                        WHERE s.parent_code IS NULL AND s.level <> 'PROVINCE' AND NOT s.retire""".formatted(CURRENT.formatted("u.c"), STAGED.formatted("u.c")))
                .update();
        refuse(
                ImportRule.RETIRE_UNKNOWN,
                "code",
                "SELECT s.line, s.code FROM region_import s WHERE s.retire AND NOT " + CURRENT.formatted("s.code"));
        refuse(ImportRule.PARENT_UNKNOWN, "parent_code", """
                SELECT s.line, coalesce(s.parent_code, s.code) FROM region_import s
                WHERE NOT s.retire AND s.level <> 'PROVINCE'
                  AND (s.parent_code IS NULL OR NOT (%s OR %s)
                       OR EXISTS (SELECT 1 FROM region_import r WHERE r.code = s.parent_code AND r.retire))""".formatted(
                        CURRENT.formatted("s.parent_code"), STAGED.formatted("s.parent_code")));
        refuse(ImportRule.PARENT_LEVEL, "parent_code", """
                SELECT s.line, s.parent_code FROM region_import s
                LEFT JOIN region_import o ON o.code = s.parent_code
                LEFT JOIN region_division d ON d.code = s.parent_code AND d.valid_to IS NULL
                WHERE NOT s.retire AND s.parent_code IS NOT NULL AND %s >= %s""".formatted(
                        RANK.formatted("coalesce(o.level, d.level)"), RANK.formatted("s.level")));
        jdbc.sql("""
                        UPDATE region_import SET grouping_node = (level = 'PREFECTURE' AND name IN (:names))
                        WHERE grouping_node IS NULL""").param("names", GROUPING_NAMES).update();
        for (RegionLevel level : RegionLevel.values()) { // parents first, so that flags inherit down the file
            jdbc.sql("""
                            UPDATE region_import s SET statistical_only = s.statistical_range OR coalesce(
                                (SELECT o.statistical_only FROM region_import o WHERE o.code = s.parent_code),
                                (SELECT d.statistical_only FROM region_division d
                                 WHERE d.code = s.parent_code AND d.valid_to IS NULL), false)
                            WHERE s.statistical_only IS NULL AND s.level = ?""").param(level.name()).update();
        }
    }

    /** Closes the codes this import retires; returns how many. */
    int retire(String scope, LocalDate validFrom) {
        jdbc.sql("CREATE TEMP TABLE region_retiring (code VARCHAR(9) PRIMARY KEY) ON COMMIT DROP")
                .update();
        jdbc.sql("INSERT INTO region_retiring SELECT code FROM region_import WHERE retire")
                .update();
        if (scope != null) {
            retireMissing(scope);
        }
        jdbc.sql("""
                        WITH RECURSIVE below(code) AS (
                            SELECT d.code FROM region_division d JOIN region_retiring r ON d.parent_code = r.code
                            WHERE d.valid_to IS NULL AND NOT %1$s
                            UNION
                            SELECT d.code FROM region_division d JOIN below b ON d.parent_code = b.code
                            WHERE d.valid_to IS NULL AND NOT %1$s)
                        INSERT INTO region_retiring SELECT code FROM below ON CONFLICT DO NOTHING""".formatted(STAGED.formatted("d.code"))).update();
        refuse(ImportRule.PARENT_RETIRED, "parent_code", """
                SELECT s.line, s.parent_code FROM region_import s JOIN region_retiring r ON r.code = s.parent_code
                WHERE NOT s.retire""");
        return jdbc.sql("""
                        UPDATE region_division d SET valid_to = :validFrom FROM region_retiring r
                        WHERE d.code = r.code AND d.valid_to IS NULL""").param("validFrom", validFrom).update();
    }

    /**
     * In a file complete for a subtree: the ordinary codes of the levels the file lists that it leaves out. Statistical
     * units and placeholders are kept (the civil-affairs lists never carry them; retire them explicitly), and so is a
     * code that a listed row names as its parent.
     */
    private void retireMissing(String scope) {
        jdbc.sql("""
                        WITH RECURSIVE subtree(code) AS (
                            SELECT code FROM region_division
                            WHERE valid_to IS NULL
                              AND (CASE WHEN :scope = 'ALL' THEN parent_code IS NULL ELSE parent_code = :scope END)
                            UNION
                            SELECT d.code FROM region_division d JOIN subtree t ON d.parent_code = t.code
                            WHERE d.valid_to IS NULL)
                        INSERT INTO region_retiring
                        SELECT d.code FROM region_division d JOIN subtree t ON t.code = d.code
                        WHERE d.valid_to IS NULL AND NOT d.statistical_only AND NOT d.grouping_node
                          AND d.level IN (SELECT level FROM region_import WHERE NOT retire)
                          AND NOT EXISTS (SELECT 1 FROM region_import s WHERE s.code = d.code)
                          AND NOT EXISTS (SELECT 1 FROM region_import s WHERE s.parent_code = d.code AND NOT s.retire)
                        ON CONFLICT DO NOTHING""").param("scope", scope).update();
    }

    /** Versions the changed codes and adds the new ones; returns {added, changed}. */
    int[] apply(String edition, LocalDate validFrom) {
        int changed = jdbc.sql("""
                        UPDATE region_division d SET valid_to = :validFrom FROM region_import s
                        WHERE d.code = s.code AND d.valid_to IS NULL AND NOT s.retire
                          AND (d.parent_code, d.name, d.statistical_only, d.grouping_node)
                              IS DISTINCT FROM (s.parent_code, s.name, s.statistical_only, s.grouping_node)""").param("validFrom", validFrom).update();
        int inserted = jdbc.sql("""
                        INSERT INTO region_division (code, valid_from, parent_code, name, level, edition,
                                                     statistical_only, grouping_node)
                        SELECT s.code, :validFrom, s.parent_code, s.name, s.level, :edition,
                               s.statistical_only, s.grouping_node
                        FROM region_import s WHERE NOT s.retire AND NOT %s""".formatted(CURRENT.formatted("s.code")))
                .param("validFrom", validFrom)
                .param("edition", edition)
                .update();
        return new int[] {inserted - changed, changed};
    }

    private void refuse(ImportRule rule, String field, String offendingRowsSql) {
        jdbc.sql(offendingRowsSql + " ORDER BY 1 LIMIT 1")
                .query((rs, n) -> new RegionImportException(rule, field, rs.getInt(1), rs.getString(2)))
                .optional()
                .ifPresent(e -> {
                    throw e;
                });
    }
}
