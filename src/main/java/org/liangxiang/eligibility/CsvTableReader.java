package org.liangxiang.eligibility;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A streaming CSV reader (UTF-8, optional BOM, comma, RFC 4180 quotes, a quoted field may span lines). Reads character
 * by character from a buffered reader, so a file of any size needs the memory of one row.
 */
final class CsvTableReader implements TableReader {

    @Override
    public void read(Path file, RowHandler handler) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Cursor cursor = new Cursor(in);
            List<String> header = cursor.next();
            if (header == null) {
                return;
            }
            List<String> names = header.stream().map(TableReader::headerName).toList();
            for (List<String> fields = cursor.next(); fields != null; fields = cursor.next()) {
                long line = cursor.startLine;
                if (fields.size() == 1 && fields.get(0).isBlank()) {
                    continue;
                }
                handler.row(line, byName(names, fields));
            }
        }
    }

    private static Map<String, String> byName(List<String> names, List<String> fields) {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < names.size() && i < fields.size(); i++) {
            values.put(names.get(i), fields.get(i));
        }
        if (fields.size() > names.size()) {
            values.put(CsvTableReader.EXTRA_FIELDS, String.valueOf(fields.size() - names.size()));
        }
        return values;
    }

    /** Set when a row has more fields than the header names: the row is refused. */
    static final String EXTRA_FIELDS = "\u0000extra";

    private static final class Cursor {
        private final Reader in;
        private long line = 1;
        long startLine;
        private int pushedBack = -2;

        Cursor(Reader in) {
            this.in = in;
        }

        private int read() throws IOException {
            if (pushedBack != -2) {
                int c = pushedBack;
                pushedBack = -2;
                return c;
            }
            return in.read();
        }

        /** The next record's fields, or null at the end of the file. */
        List<String> next() throws IOException {
            int c = read();
            if (c == -1) {
                return null;
            }
            startLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (true) {
                if (c == -1) {
                    fields.add(field.toString());
                    return fields;
                }
                if (quoted) {
                    if (c == '"') {
                        int d = read();
                        if (d == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            c = d;
                            continue;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c == '"' && field.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                    wasQuoted = false;
                } else if (c == '\r' || c == '\n') {
                    if (c == '\r') {
                        int d = read();
                        if (d != '\n') {
                            pushedBack = d;
                        }
                    }
                    line++;
                    fields.add(field.toString());
                    return fields;
                } else {
                    field.append((char) c);
                }
                c = read();
            }
        }
    }
}
