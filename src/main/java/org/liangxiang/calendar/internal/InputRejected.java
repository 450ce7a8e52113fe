package org.liangxiang.calendar.internal;

import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks one or more rules; nothing was stored. The web layer turns it into a problem detail. */
public class InputRejected extends RuntimeException {

    private final transient List<Violation> violations;

    public InputRejected(List<Violation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.rule()).collect(Collectors.joining(", ")));
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
