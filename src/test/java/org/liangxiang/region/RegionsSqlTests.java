package org.liangxiang.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The SQL conditions other modules use to filter by jurisdiction take qualified plain identifiers only. */
class RegionsSqlTests {

    @Test
    void withinSubtreeLooksUpTheClosureByTheParameterAndTheColumn() {
        assertThat(Regions.withinSubtree("a.township_code", "jurisdiction"))
                .isEqualTo("EXISTS (SELECT 1 FROM region_closure WHERE region_closure.ancestor_code IN (:jurisdiction)"
                        + " AND region_closure.descendant_code = a.township_code)");
        assertThat(Regions.withinSubtree("_t2.code_9", "staffRegion"))
                .isEqualTo("EXISTS (SELECT 1 FROM region_closure WHERE region_closure.ancestor_code IN (:staffRegion)"
                        + " AND region_closure.descendant_code = _t2.code_9)");
    }

    @Test
    void withinSubtreeOfColumnLooksUpTheClosureByBothColumns() {
        assertThat(Regions.withinSubtreeOfColumn("a.township_code", "s.region_code"))
                .isEqualTo("EXISTS (SELECT 1 FROM region_closure WHERE region_closure.ancestor_code = s.region_code"
                        + " AND region_closure.descendant_code = a.township_code)");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(
            strings = {
                "township_code", // unqualified: inside the subquery it could name a column of region_closure
                "descendant_code",
                "region_closure.descendant_code", // the subquery's own table
                "a.code; DROP TABLE region_division",
                "a.code --",
                "a.code OR true",
                "\"a\".\"code\"",
                "A.Code",
                "1a.code",
                "a.b.code",
                "a.",
                ".code",
                "a.code)",
                "a.township_code IN ('410102')",
                "a.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
            })
    void aColumnThatIsNotAQualifiedPlainIdentifierIsRefused(String column) {
        assertThatThrownBy(() -> Regions.withinSubtree(column, "jurisdiction"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("codeColumn must be");
        assertThatThrownBy(() -> Regions.withinSubtreeOfColumn(column, "s.region_code"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("codeColumn must be");
        assertThatThrownBy(() -> Regions.withinSubtreeOfColumn("a.code", column))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ancestorColumn must be");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {":jurisdiction", "a.b", "j) OR (true", "j'", "1j", "区划"})
    void aParameterNameThatIsNotAPlainIdentifierIsRefused(String parameter) {
        assertThatThrownBy(() -> Regions.withinSubtree("a.code", parameter))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("parameterName must be");
    }
}
