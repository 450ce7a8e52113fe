package org.liangxiang.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;

/**
 * The refusals of a submitted form, for a server-rendered page: the error summary at the top ({@code
 * shared/form-errors :: summary}) links each message to its field (the field's element id is the violation's field),
 * and each field shows its own message. The same violations, field and rule as the JSON API's problem details.
 */
public record FormErrors(List<Violation> violations) {

    public FormErrors {
        violations = List.copyOf(violations);
    }

    public static FormErrors none() {
        return new FormErrors(List.of());
    }

    /** The refusals of an {@link InvalidValueException} or {@link InvalidInputException}, in the page's language. */
    public static FormErrors of(IllegalArgumentException refusal, Locale locale) {
        if (refusal instanceof InvalidInputException several) {
            return new FormErrors(several.violations().stream()
                    .map(v -> Violation.of(v, locale))
                    .toList());
        }
        if (refusal instanceof InvalidValueException one) {
            return new FormErrors(List.of(Violation.of(one, locale)));
        }
        throw refusal;
    }

    /** One message for a field, e.g. from a problem detail that another module answered with. */
    public static FormErrors of(String field, String rule, String message) {
        return new FormErrors(List.of(new Violation(field, rule, message)));
    }

    public boolean any() {
        return !violations.isEmpty();
    }

    public boolean has(String field) {
        return violations.stream().anyMatch(v -> v.field().equals(field));
    }

    /** The first message for the field, or null. */
    public String message(String field) {
        Optional<Violation> first =
                violations.stream().filter(v -> v.field().equals(field)).findFirst();
        return first.map(Violation::message).orElse(null);
    }
}
