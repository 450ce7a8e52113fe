package org.liangxiang.shared.event;

/**
 * What every event of Liangxiang carries (../shared/DESIGN.md, "Events"): ids and codes only, never names, resident ids
 * or phone numbers, since serialized events are stored. Events are records named in the past tense that implement this
 * interface and hold an {@link EventEnvelope}.
 */
public interface DomainEvent {

    EventEnvelope envelope();
}
