package org.liangxiang.shared.database;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's guarded write of its own tables, handed to another module's statement to run as parts of that statement's
 * {@code WITH} (one round trip instead of two: review's save of a case carries intake's acceptance of the application
 * and its record of a decision). The owner writes the text and keeps the guard in it: {@link #parts()} are one or more
 * {@code name AS (...)} parts, named with a prefix of the owner's, of which {@link #guard()} answers a row only when the
 * write was allowed and made; the named parameters, in {@link #parameters()}, carry the owner's prefix too, so that
 * neither meets the caller's.
 *
 * <p>The caller runs the parts in the transaction they were made for and tells whether the guard answered a row. When
 * it did not, the caller throws {@link #refusal()}: the owner reads its rows and throws its own exception, saying why
 * (the caller's transaction then rolls back, with whatever its statement wrote). Parts of one statement do not see
 * each other's rows, so the caller's other parts must not read the owner's tables.
 */
public record GuardedWrite(String parts, String guard, Map<String, Object> parameters, Refusal refused) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /** Why the guard refused the write, from the owner's rows: throws; returning is a defect of the owner. */
    @FunctionalInterface
    public interface Refusal {
        void explain();
    }

    public GuardedWrite {
        Objects.requireNonNull(parts, "parts");
        Objects.requireNonNull(refused, "refused");
        parameters = Map.copyOf(parameters);
        if (guard == null || !NAME.matcher(guard).matches() || !parts.contains(guard + " AS (")) {
            throw new IllegalArgumentException("guard: the name of one of the parts, was " + guard);
        }
    }

    /** The write alone, as one statement of the owner's: refused ({@link #refusal()}) when the guard answers no row. */
    public void run(JdbcClient jdbc) {
        boolean made = jdbc.sql("WITH " + parts + "\nSELECT EXISTS (SELECT FROM " + guard + ")")
                .params(parameters)
                .query(Boolean.class)
                .single();
        if (!made) {
            throw refusal();
        }
    }

    /** The write was refused: the owner's exception, or an {@link IllegalStateException} when the owner had none. */
    public RuntimeException refusal() {
        refused.explain();
        return new IllegalStateException("a guarded write was refused and its owner found no reason: " + guard);
    }
}
