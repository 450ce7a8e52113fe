package org.liangxiang.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.shared.RegionLevel;

class ImportFileTests {

    @Test
    void readsCodesNamesParentsAndFlags() {
        char byteOrderMark = 0xFEFF;
        List<ImportFile.Row> rows = ImportFile.parse(byteOrderMark + """
                code,name,parent_code,statistical_only,retire,level
                410102000000,"中原区",,,,COUNTY
                410171,郑州经济技术开发区,410100,true,,COUNTY
                410199,,,,TRUE,
                410102001000,"林山寨\"\"街道\"\"",410102,,false,TOWNSHIP
                """);
        assertThat(rows)
                .containsExactly(
                        new ImportFile.Row(2, "410102", null, "中原区", RegionLevel.COUNTY, null, false),
                        new ImportFile.Row(3, "410171", "410100", "郑州经济技术开发区", RegionLevel.COUNTY, true, false),
                        new ImportFile.Row(4, "410199", null, "", RegionLevel.COUNTY, null, true),
                        new ImportFile.Row(5, "410102001", "410102", "林山寨\"街道\"", RegionLevel.TOWNSHIP, null, false));
    }

    @Test
    void skipsBlankLinesButKeepsLineNumbers() {
        List<ImportFile.Row> rows = ImportFile.parse("code,name\r\n\r\n410102,中原区\r\n");
        assertThat(rows).singleElement().extracting(ImportFile.Row::line).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}: {1} {2} on line {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''| EMPTY | file | ",
                "code,name | EMPTY | file | ",
                "name,parent_code\\n中原区,410100 | HEADER | code | 1",
                "code,parent_code\\n410102,410100 | HEADER | name | 1",
                "code,name\\n410102,中原区,多余 | COLUMNS | file | 2",
                "code,name\\n41010,中原区 | CODE_FORMAT | code | 2",
                "code,name\\n410102001001,某村 | CODE_FORMAT | code | 2",
                "code,name,parent_code\\n410102,中原区,4101 | CODE_FORMAT | parent_code | 2",
                "code,name\\n410102,中原区\\n410102000000,中原区 | DUPLICATE | code | 3",
                "code,name\\n410102, | NAME | name | 2",
                "code,name,retire\\n410102,中原区,yes | FLAG | retire | 2",
                "code,name,statistical_only\\n410171,经开区,1 | FLAG | statistical_only | 2",
                "code,name,parent_code\\n410000,河南省,100000 | PROVINCE_PARENT | parent_code | 2"
            })
    void refusesAFileThatBreaksARule(String text, RegionImportException.ImportRule rule, String field, Integer line) {
        // a line break is written \n in the table
        assertThatThrownBy(() -> ImportFile.parse(text.replace("\\n", "\n")))
                .isInstanceOfSatisfying(RegionImportException.class, e -> {
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.line()).isEqualTo(line);
                });
    }

    @Test
    void refusesAnOverlongName() {
        String name = "区".repeat(101);
        assertThatThrownBy(() -> ImportFile.parse("code,name\n410102," + name))
                .isInstanceOfSatisfying(
                        RegionImportException.class,
                        e -> assertThat(e.rule()).isEqualTo(RegionImportException.ImportRule.NAME));
    }
}
