package org.liangxiang.eligibility;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a table file with a header row, one row at a time (never the whole file in memory), handing each row to the
 * handler with its line number (the header is line 1) and its values by lower-case header name.
 */
sealed interface TableReader permits CsvTableReader, XlsxTableReader {

    @FunctionalInterface
    interface RowHandler {
        void row(long line, Map<String, String> values);
    }

    void read(Path file, RowHandler handler) throws IOException;

    static TableReader of(FileFormat format) {
        return format == FileFormat.XLSX ? new XlsxTableReader() : new CsvTableReader();
    }

    static String headerName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (!name.isEmpty() && name.charAt(0) == '\uFEFF') {
            name = name.substring(1).strip();
        }
        return name.toLowerCase(Locale.ROOT);
    }
}
