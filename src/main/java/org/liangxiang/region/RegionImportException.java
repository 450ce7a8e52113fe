package org.liangxiang.region;

/** An import refused as a whole (nothing is stored), naming the rule, the field and where it broke. */
class RegionImportException extends RuntimeException {

    /** The rules of an import; each has a message {@code region.import.<key>} in both bundles. */
    enum ImportRule {
        EDITION_FORMAT("edition-format"),
        EDITION_EXISTS("edition-exists"),
        VALID_FROM_ORDER("valid-from-order"),
        EMPTY("empty"),
        HEADER("header"),
        COLUMNS("columns"),
        CODE_FORMAT("code-format"),
        DUPLICATE("duplicate"),
        NAME("name"),
        FLAG("flag"),
        PROVINCE_PARENT("province-parent"),
        PARENT_UNKNOWN("parent-unknown"),
        PARENT_LEVEL("parent-level"),
        PARENT_RETIRED("parent-retired"),
        RETIRE_UNKNOWN("retire-unknown"),
        SCOPE("scope");

        final String key;

        ImportRule(String key) {
            this.key = key;
        }
    }

    private final ImportRule rule;
    private final String field;
    private final Integer line;
    private final String value;

    RegionImportException(ImportRule rule, String field, Integer line, String value) {
        super("Import refused: " + field + (line == null ? "" : " on line " + line) + " breaks " + rule.key
                + (value == null ? "" : " ('" + value + "')"));
        this.rule = rule;
        this.field = field;
        this.line = line;
        this.value = value;
    }

    ImportRule rule() {
        return rule;
    }

    String field() {
        return field;
    }

    Integer line() {
        return line;
    }

    String value() {
        return value;
    }
}
