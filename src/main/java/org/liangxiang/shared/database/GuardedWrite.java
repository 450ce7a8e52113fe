package org.liangxiang.shared.database;

import java.util.Map;
import java.util.Objects;

/**
 * A module's guarded write of its own table, handed to another module's statement to run as a part of that statement's
 * {@code WITH} (one round trip instead of two; review's save of a case carries intake's acceptance of the
 * application). The owner writes the text and keeps the guard in it: {@link #part()} is a data-modifying statement
 * ending in {@code RETURNING} that answers a row only when the write was allowed and made; its named parameters, in
 * {@link #parameters()}, carry a prefix of the owner's so that they do not meet the caller's.
 *
 * <p>The caller runs the part in the transaction it was made for and tells whether it answered a row. When it did not,
 * the caller calls {@link #refused()}: the owner reads its row and throws its own exception, saying why (the caller's
 * transaction then rolls back, with whatever its statement wrote). Parts of one statement do not see each other's rows,
 * so the caller's other parts must not read the owner's table.
 */
public record GuardedWrite(String part, Map<String, Object> parameters, Refusal refused) {

    /** Why the guard refused the write, from the owner's row: throws; returning is a defect of the owner. */
    @FunctionalInterface
    public interface Refusal {
        void explain();
    }

    public GuardedWrite {
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(refused, "refused");
        parameters = Map.copyOf(parameters);
        if (!part.contains("RETURNING")) {
            throw new IllegalArgumentException("part: a data-modifying statement ending in RETURNING, was " + part);
        }
    }

    /** The write was refused: the owner's exception, or an {@link IllegalStateException} when the owner had none. */
    public RuntimeException refusal() {
        refused.explain();
        return new IllegalStateException("a guarded write was refused and its owner found no reason: " + part);
    }
}
