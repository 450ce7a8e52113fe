package org.liangxiang.intake;

import java.util.Objects;
import java.util.UUID;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.TimeOrderedIds;

/** An application's id. {@link #toString()} is the UUID, so it fits paths, audit rows and events. */
public record ApplicationId(UUID value) {

    public ApplicationId {
        Objects.requireNonNull(value, "value");
    }

    /** Parses the UUID text; anything else is refused as an {@link InvalidValueException} on {@code applicationId}. */
    public static ApplicationId of(String text) {
        try {
            return new ApplicationId(UUID.fromString(text == null ? "" : text.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(
                    "applicationId", "APPLICATION_ID_FORMAT", "申请编号格式不正确", "The application id is not valid");
        }
    }

    /** A new id, time-ordered ({@link TimeOrderedIds}). */
    public static ApplicationId next() {
        return new ApplicationId(TimeOrderedIds.next());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
