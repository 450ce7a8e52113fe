package org.liangxiang.calendar;

import java.util.Objects;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/**
 * A year's holiday schedule was entered (or replaced): from now on {@link WorkingDays} answers for that year from the
 * schedule. Listeners recompute what they stored from answers that touched the year: above all, every deadline whose
 * {@link WorkingDayDate#provisionalYears()} contained it (the applications issue listens for this). Published in the
 * transaction of the entry, so the JDBC event publication registry delivers it reliably; listeners are idempotent.
 *
 * @param envelope who entered it and when (no application)
 * @param year the schedule's year
 * @param replacedProvisional true when the year had no published schedule before (answers for it were provisional);
 *     false when a published schedule was corrected
 */
public record WorkingDayScheduleEntered(EventEnvelope envelope, int year, boolean replacedProvisional)
        implements DomainEvent {

    public WorkingDayScheduleEntered {
        Objects.requireNonNull(envelope, "envelope");
    }
}
