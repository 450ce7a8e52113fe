package org.liangxiang.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;

/**
 * A form's refused fields for a page: the error summary at the top (fragment {@code shared/form-errors ::
 * summary(errors)}, each message a link to its field) and the message beside each field. Built from the same
 * exceptions the API turns into problem details, so page and API say the same thing.
 */
public record FormErrors(List<FieldError> all) {

    /** One refused field: its form field id and the message in the page's language. */
    public record FieldError(String field, String message) {}

    public static final FormErrors NONE = new FormErrors(List.of());

    public FormErrors {
        all = List.copyOf(all);
    }

    /** The refusals of an {@link InvalidValueException} or {@link InvalidInputException}, in the locale's language. */
    public static FormErrors of(IllegalArgumentException refusal, Locale locale) {
        if (refusal instanceof InvalidValueException one) {
            return new FormErrors(List.of(new FieldError(one.field(), one.message(locale))));
        }
        if (refusal instanceof InvalidInputException many) {
            return new FormErrors(many.violations().stream()
                    .map(v -> new FieldError(v.field(), v.message(locale)))
                    .toList());
        }
        throw refusal;
    }

    /** One refusal for a field, with a message already in the page's language. */
    public static FormErrors of(String field, String message) {
        return new FormErrors(List.of(new FieldError(field, message)));
    }

    public boolean any() {
        return !all.isEmpty();
    }

    public boolean has(String field) {
        return message(field).isPresent();
    }

    /** The first message for the field, or null (for {@code th:text}). */
    public String on(String field) {
        return message(field).orElse(null);
    }

    private Optional<String> message(String field) {
        return all.stream()
                .filter(e -> e.field().equals(field))
                .map(FieldError::message)
                .findFirst();
    }
}
