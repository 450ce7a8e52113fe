package org.liangxiang.calendar.internal;

import java.util.List;
import java.util.Objects;

/**
 * One broken input rule: the field (a request parameter, or a JSON path such as {@code days[3].date}), the rule's
 * name, and the values its message needs. The message itself is {@code calendar.rule.<rule>} in the message bundle.
 */
public record Violation(String field, String rule, List<Object> args) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        args = List.copyOf(args);
    }

    public static Violation of(String field, String rule, Object... args) {
        return new Violation(field, rule, List.of(args));
    }
}
