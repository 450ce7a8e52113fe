package org.liangxiang.notification;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A message as stored for its account: the template and its parameters; the page renders it in the reader's language. */
record InboxMessage(
        UUID id,
        UUID applicationId,
        NoticeKind kind,
        String templateKey,
        List<String> parameters,
        OffsetDateTime createdAt,
        OffsetDateTime readAt) {

    boolean unread() {
        return readAt == null;
    }
}
