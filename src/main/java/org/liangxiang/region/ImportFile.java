package org.liangxiang.region;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.liangxiang.region.RegionImportException.ImportRule;
import org.liangxiang.shared.RegionLevel;

/**
 * Reads an import file: a CSV with a header naming at least {@code code} and {@code name}, and optionally
 * {@code parent_code}, {@code statistical_only} and {@code retire} (other columns, such as {@code level}, are ignored).
 * Every row is checked here; the checks that need the stored tree run in the database.
 */
final class ImportFile {

    /** One row: {@code parentCode} and {@code statisticalOnly} are {@code null} when the file leaves them out. */
    record Row(
            int line,
            String code,
            String parentCode,
            String name,
            RegionLevel level,
            Boolean statisticalOnly,
            boolean retire) {}

    private ImportFile() {}

    static List<Row> parse(String text) {
        List<List<String>> records = CsvRecords.parse(text == null ? "" : text);
        if (records.isEmpty()) {
            throw new RegionImportException(ImportRule.EMPTY, "file", null, null);
        }
        Map<String, Integer> columns = header(records.get(0));
        Set<String> seen = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> record = records.get(i);
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            int line = i + 1;
            if (record.size() != records.get(0).size()) {
                throw new RegionImportException(ImportRule.COLUMNS, "file", line, String.valueOf(record.size()));
            }
            Row row = row(line, record, columns);
            if (!seen.add(row.code())) {
                throw new RegionImportException(ImportRule.DUPLICATE, "code", line, row.code());
            }
            rows.add(row);
        }
        if (rows.isEmpty()) {
            throw new RegionImportException(ImportRule.EMPTY, "file", null, null);
        }
        return rows;
    }

    private static Map<String, Integer> header(List<String> names) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.put(names.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String required : List.of("code", "name")) {
            if (!columns.containsKey(required)) {
                throw new RegionImportException(ImportRule.HEADER, required, 1, String.join(",", names));
            }
        }
        return columns;
    }

    private static Row row(int line, List<String> record, Map<String, Integer> columns) {
        String code = code("code", line, field(record, columns, "code"));
        RegionLevel level = DivisionCodes.levelOf(code);
        boolean retire = Boolean.TRUE.equals(flag("retire", line, field(record, columns, "retire")));
        String parentText = field(record, columns, "parent_code");
        String parent = parentText.isEmpty() ? null : code("parent_code", line, parentText);
        if (level == RegionLevel.PROVINCE && parent != null) {
            throw new RegionImportException(ImportRule.PROVINCE_PARENT, "parent_code", line, parent);
        }
        String name = field(record, columns, "name");
        if (!retire && (name.isEmpty() || name.length() > 100 || name.chars().anyMatch(Character::isISOControl))) {
            throw new RegionImportException(ImportRule.NAME, "name", line, name);
        }
        Boolean statistical = flag("statistical_only", line, field(record, columns, "statistical_only"));
        return new Row(line, code, parent, name, level, statistical, retire);
    }

    private static String field(List<String> record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : record.get(index).strip();
    }

    private static String code(String field, int line, String value) {
        try {
            return DivisionCodes.canonical(field, value);
        } catch (InvalidRegionCodeException e) {
            throw new RegionImportException(ImportRule.CODE_FORMAT, field, line, value);
        }
    }

    private static Boolean flag(String field, int line, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "" -> null;
            case "true" -> true;
            case "false" -> false;
            default -> throw new RegionImportException(ImportRule.FLAG, field, line, value);
        };
    }
}
