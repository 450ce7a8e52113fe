package org.liangxiang.review;

import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/**
 * A case was handed to another member of the owning office ({@code from} null when it was unassigned). Ids only.
 */
public record CaseReassigned(EventEnvelope envelope, UUID applicationId, UUID from, UUID to, UUID by)
        implements DomainEvent {}
