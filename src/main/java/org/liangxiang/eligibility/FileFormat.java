package org.liangxiang.eligibility;

/** The formats the import engine reads: CSV (UTF-8, comma, RFC 4180 quoting) and Excel 2007+ (.xlsx, first sheet). */
public enum FileFormat {
    CSV,
    XLSX
}
