package org.liangxiang.shared;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Several values of one request were refused at once (a form or JSON body with more than one bad field): every
 * refusal, each naming its field and rule. The API answers with one problem detail listing all of them, so that a
 * person fixes everything in one go instead of one field per attempt.
 */
public final class InvalidInputException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final transient List<InvalidValueException> violations;

    public InvalidInputException(List<InvalidValueException> violations) {
        super(violations.stream().map(InvalidValueException::getMessage).collect(Collectors.joining("; ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    /** Throws when any value was refused; does nothing for an empty list. */
    public static void throwIfAny(List<InvalidValueException> violations) {
        if (!violations.isEmpty()) {
            throw violations.size() == 1 ? violations.get(0) : new InvalidInputException(violations);
        }
    }

    public List<InvalidValueException> violations() {
        return violations;
    }

    public String message(Locale locale) {
        return violations.stream().map(v -> v.message(locale)).collect(Collectors.joining("；"));
    }
}
