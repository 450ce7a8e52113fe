package org.liangxiang.shared.web;

import java.util.Locale;
import java.util.Objects;
import org.liangxiang.shared.InvalidValueException;

/**
 * One broken rule in a problem detail's {@code errors} list: the field (a parameter or JSON path such as {@code
 * person.residentId}), the stable rule code, and the message in the caller's language.
 */
public record Violation(String field, String rule, String message) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(message, "message");
    }

    public static Violation of(InvalidValueException e, Locale locale) {
        return new Violation(e.field(), e.rule(), e.message(locale));
    }
}
