package org.liangxiang.shared.event;

import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the event publication registry stores an event: JSON by the application's {@link JsonMapper}, as Spring
 * Modulith's own Jackson serializer writes it. That one looks the mapper up in the bean factory for every event it
 * writes or reads (a dependency resolution per event publication: a sixth of an act's time in the registry, by the
 * benchmark's profile, docs/performance.md); this one holds the mapper. The registry also serializes an event once per
 * listener it stores a publication for: the last event serialized on the thread is remembered (by identity; events are
 * immutable records), so an event with two listeners is written once. Being an {@link EventSerializer} bean, it
 * replaces Modulith's.
 */
@Component
class EventSerialization implements EventSerializer {

    private final JsonMapper mapper;
    private final ThreadLocal<Serialized> last = new ThreadLocal<>();

    EventSerialization(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Object serialize(Object event) {
        Serialized known = last.get();
        if (known != null && known.event() == event) {
            return known.json();
        }
        String json = mapper.writeValueAsString(event);
        last.set(new Serialized(event, json));
        return json;
    }

    @Override
    public <T> T deserialize(Object serialized, Class<T> type) {
        return mapper.readerFor(type).readValue(serialized.toString());
    }

    private record Serialized(Object event, String json) {}
}
