package org.liangxiang.account;

import java.time.Instant;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** The security administrator made a new version of the security settings, in force from {@code effectiveFrom}. */
public record SecuritySettingsChanged(EventEnvelope envelope, long version, Instant effectiveFrom)
        implements DomainEvent {}
