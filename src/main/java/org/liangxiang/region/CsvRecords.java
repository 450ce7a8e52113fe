package org.liangxiang.region;

import java.util.ArrayList;
import java.util.List;

/** A small RFC 4180 reader (quoted fields, doubled quotes, CRLF, a leading BOM) for import files. */
final class CsvRecords {

    private CsvRecords() {}

    /** The records in order, one per line (a blank line gives a record with one empty field). */
    static List<List<String>> parse(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
            } else {
                field.append(c);
            }
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(fields);
        }
        return records;
    }

    /** A field for COPY's CSV format: quoted, or empty (NULL) when absent. */
    static String quote(String value) {
        return value == null ? "" : '"' + value.replace("\"", "\"\"") + '"';
    }
}
