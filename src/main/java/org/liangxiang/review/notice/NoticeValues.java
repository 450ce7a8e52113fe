package org.liangxiang.review.notice;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.liangxiang.shared.Subsidy;

/** Checks the records share: required text, masked personal data, a set of subsidies in their fixed order (living, then care). */
final class NoticeValues {

    private NoticeValues() {}

    static String text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + ": required");
        }
        return value.strip();
    }

    static <T> T required(T value, String name) {
        return Objects.requireNonNull(value, () -> name + ": required");
    }

    /** A value shown in masked form must hide something: a clear resident id or account number never reaches a notice. */
    static String masked(String value, String name) {
        if (!text(value, name).contains("*")) {
            throw new IllegalArgumentException(name + ": must be masked (shared.crypto.Masking)");
        }
        return value.strip();
    }

    /** A stable code such as an enum's name of another module, used as part of a message key. */
    static String code(String value, String name) {
        if (!text(value, name).matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException(name + ": a code in capitals, e.g. WINDOW");
        }
        return value.strip();
    }

    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Set<Subsidy> subsidies(Collection<Subsidy> subsidies) {
        if (subsidies == null || subsidies.isEmpty()) {
            throw new IllegalArgumentException("subsidies: at least one");
        }
        return Collections.unmodifiableSet(EnumSet.copyOf(subsidies));
    }
}
