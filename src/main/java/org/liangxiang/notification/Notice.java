package org.liangxiang.notification;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One notification to make: the event it comes from (its id keeps it once per recipient), the kind, the application it
 * concerns (null for a certificate reminder), and the template parameters in order. Parameters are application numbers,
 * dates and codes, never personal data; a parameter starting with {@code #} names a message key that is rendered in the
 * reader's language (e.g. {@code #notification.subsidy.CARE}).
 */
record Notice(UUID eventId, NoticeKind kind, UUID applicationId, List<String> parameters) {

    Notice {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        parameters = List.copyOf(parameters);
    }

    static Notice of(UUID eventId, NoticeKind kind, UUID applicationId, String... parameters) {
        return new Notice(eventId, kind, applicationId, List.of(parameters));
    }
}
