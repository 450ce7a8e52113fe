package org.liangxiang.region;

import java.util.regex.Pattern;

/** Builds the SQL conditions of {@link Regions#withinSubtree} and {@link Regions#withinSubtreeOfColumn}. */
final class SubtreeCondition {

    /** {@code alias.column}: unquoted lower-case identifiers, so nothing but a name can reach the SQL. */
    private static final Pattern COLUMN = Pattern.compile("([a-z_][a-z0-9_]{0,62})\\.[a-z_][a-z0-9_]{0,62}");
    /** A named parameter of {@code JdbcClient} / {@code NamedParameterJdbcTemplate}, without its colon. */
    private static final Pattern PARAMETER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private static final String TABLE = "region_closure";
    private static final String CONDITION = "EXISTS (SELECT 1 FROM " + TABLE + " WHERE " + TABLE
            + ".ancestor_code %s AND " + TABLE + ".descendant_code = %s)";

    private SubtreeCondition() {}

    static String ofParameter(String codeColumn, String parameterName) {
        String column = column("codeColumn", codeColumn);
        if (parameterName == null || !PARAMETER.matcher(parameterName).matches()) {
            throw refused("parameterName", parameterName, "a named parameter without its colon, " + PARAMETER);
        }
        return CONDITION.formatted("IN (:" + parameterName + ")", column);
    }

    static String ofColumn(String codeColumn, String ancestorColumn) {
        String column = column("codeColumn", codeColumn);
        return CONDITION.formatted("= " + column("ancestorColumn", ancestorColumn), column);
    }

    private static String column(String what, String name) {
        var matcher = COLUMN.matcher(name == null ? "" : name);
        if (!matcher.matches() || matcher.group(1).equals(TABLE)) {
            throw refused(what, name, "alias.column in unquoted lower case (" + COLUMN + "), the alias not " + TABLE);
        }
        return name;
    }

    private static IllegalArgumentException refused(String what, String name, String rule) {
        return new IllegalArgumentException(what + " must be " + rule + ", not '" + name + "'");
    }
}
