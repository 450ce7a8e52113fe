package org.liangxiang.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;

/**
 * The refusals of a submitted form, for a server-rendered page: the error summary at the top ({@code
 * shared/form-errors :: summary(errors)}) links each message to its field (the field's element id is the violation's
 * field), and each field shows its own message ({@code :: field(errors, name)} or {@code :: message(errors, name)}).
 * Built from the same exceptions the JSON API turns into problem details, so page and API say the same thing.
 */
public record FormErrors(List<Violation> violations) {

    /** A refused field whose rule is not named (a page's own check, e.g. "choose one"). */
    public static final String UNNAMED_RULE = "FORM";

    public static final FormErrors NONE = new FormErrors(List.of());

    public FormErrors {
        violations = List.copyOf(violations);
    }

    public static FormErrors none() {
        return NONE;
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

    /** One message for a field, already in the page's language. */
    public static FormErrors of(String field, String message) {
        return of(field, UNNAMED_RULE, message);
    }

    /** Every refusal, in order (the summary lists them). */
    public List<Violation> all() {
        return violations;
    }

    public boolean any() {
        return !violations.isEmpty();
    }

    public boolean has(String field) {
        return first(field).isPresent();
    }

    /** The first message for the field, or null (for {@code th:text}). */
    public String message(String field) {
        return first(field).map(Violation::message).orElse(null);
    }

    /** The same as {@link #message(String)}. */
    public String on(String field) {
        return message(field);
    }

    private Optional<Violation> first(String field) {
        return violations.stream().filter(v -> v.field().equals(field)).findFirst();
    }
}
