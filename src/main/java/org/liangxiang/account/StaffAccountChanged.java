package org.liangxiang.account;

import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/**
 * A staff account was created or changed: what changed, and the role and jurisdiction after the change (codes only).
 */
public record StaffAccountChanged(
        EventEnvelope envelope, UUID accountId, Change change, StaffRole role, String jurisdiction)
        implements DomainEvent {

    public enum Change {
        CREATED,
        ROLE_OR_JURISDICTION_CHANGED,
        DISABLED,
        ENABLED,
        LOCKED,
        UNLOCKED,
        SECOND_FACTOR_ENROLLED,
        SECOND_FACTOR_RESET,
        PASSWORD_CHANGED,
        SECOND_FACTOR_REPLACED
    }
}
