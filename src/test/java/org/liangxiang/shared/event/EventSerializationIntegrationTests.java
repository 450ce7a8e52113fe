package org.liangxiang.shared.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.ApplicationSubmitted;
import org.liangxiang.shared.Subsidy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.core.EventSerializer;

/** The event publication registry stores events through {@link EventSerialization}, and reads them back equal. */
@IntegrationTest
class EventSerializationIntegrationTests {

    @Autowired
    EventSerializer serializer;

    @Test
    void theRegistryUsesItAndAnEventComesBackEqual() {
        assertThat(serializer).isInstanceOf(EventSerialization.class);
        ApplicationSubmitted event = new ApplicationSubmitted(
                EventEnvelope.of("test", "SYSTEM"), new ApplicationId(UUID.randomUUID()), Set.of(Subsidy.CARE));
        Object json = serializer.serialize(event);
        assertThat(serializer.deserialize(json, ApplicationSubmitted.class)).isEqualTo(event);
    }

    @Test
    void theSameEventIsWrittenOnceAndAnotherOneAfresh() {
        ApplicationSubmitted first = new ApplicationSubmitted(
                EventEnvelope.of("test", "SYSTEM"), new ApplicationId(UUID.randomUUID()), Set.of(Subsidy.LIVING));
        ApplicationSubmitted second = new ApplicationSubmitted(
                first.envelope(), new ApplicationId(UUID.randomUUID()), Set.of(Subsidy.LIVING));
        Object once = serializer.serialize(first);
        assertThat(serializer.serialize(first)).isSameAs(once);
        Object other = serializer.serialize(second);
        assertThat(other).isNotEqualTo(once);
        assertThat(serializer.deserialize(other, ApplicationSubmitted.class)).isEqualTo(second);
    }
}
