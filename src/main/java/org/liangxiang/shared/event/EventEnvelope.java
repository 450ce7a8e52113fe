package org.liangxiang.shared.event;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.liangxiang.shared.TimeOrderedIds;

/**
 * The envelope of every event: its id, when it happened, the application it concerns (if any), the receiving and home
 * region codes, the channel, and the acting account. Ids and codes only.
 *
 * @param eventId unique per event; listeners use it to stay idempotent
 * @param occurredAt when the change happened
 * @param applicationId the application concerned, or {@code null}
 * @param receivingRegion the receiving township's code (受理地), or {@code null}
 * @param homeRegion the household-registration township's code (户籍地), or {@code null}
 * @param channel how the act came in (e.g. ONLINE_WEB, WINDOW, PARTNER, SYSTEM), or {@code null}
 * @param actorId the acting account's id, or {@code null} for the system
 */
public record EventEnvelope(
        UUID eventId,
        Instant occurredAt,
        UUID applicationId,
        String receivingRegion,
        String homeRegion,
        String channel,
        String actorId) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    /** A new envelope for an act by {@code actorId} that concerns no application. */
    public static EventEnvelope of(String actorId, String channel) {
        return new EventEnvelope(TimeOrderedIds.next(), Instant.now(), null, null, null, channel, actorId);
    }

    /** A new envelope for an act on an application. */
    public static EventEnvelope forApplication(
            UUID applicationId, String receivingRegion, String homeRegion, String channel, String actorId) {
        return new EventEnvelope(
                TimeOrderedIds.next(), Instant.now(), applicationId, receivingRegion, homeRegion, channel, actorId);
    }
}
