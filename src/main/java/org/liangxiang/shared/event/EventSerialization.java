package org.liangxiang.shared.event;

import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * How the event publication registry stores an event: JSON by the application's {@link JsonMapper}, as Spring
 * Modulith's own Jackson serializer writes it. That one looks the mapper up in the bean factory for every event it
 * writes or reads (a dependency resolution per event publication: a sixth of an act's time in the registry, by the
 * benchmark's profile, docs/performance.md); this one holds the mapper. Being an {@link EventSerializer} bean, it
 * replaces Modulith's.
 */
@Component
class EventSerialization implements EventSerializer {

    private final JsonMapper mapper;

    EventSerialization(JsonMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Object serialize(Object event) {
        return mapper.writeValueAsString(event);
    }

    @Override
    public <T> T deserialize(Object serialized, Class<T> type) {
        return mapper.readerFor(type).readValue(serialized.toString());
    }
}
