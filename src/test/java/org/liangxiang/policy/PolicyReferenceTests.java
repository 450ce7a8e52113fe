package org.liangxiang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.RegionCode;

class PolicyReferenceTests {

    @Test
    void readsBackWhatItWrites() {
        PolicyReference reference = new PolicyReference(
                RegionCode.of("410102001"),
                LocalDate.parse("2026-12-01"),
                "CN1",
                List.of(UUID.randomUUID(), UUID.randomUUID()));

        assertThat(PolicyReference.parse(reference.toString())).isEqualTo(reference);
        assertThat(reference.toString()).startsWith("P1:CN1:410102001:2026-12-01:");
    }

    @Test
    void aReferenceWithoutVersionsIsTheNationalBaseline() {
        PolicyReference reference =
                new PolicyReference(RegionCode.of("410102"), LocalDate.parse("2026-12-01"), "CN1", List.of());

        assertThat(reference.toString()).isEqualTo("P1:CN1:410102:2026-12-01:");
        assertThat(PolicyReference.parse(reference.toString())).isEqualTo(reference);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "P1:CN1:410102:2026-12-01",
                "P2:CN1:410102:2026-12-01:",
                "P1:CN1:999999:2026-12-01:",
                "P1:CN1:410102:2026-13-01:",
                "P1:CN1:410102:2026-12-01:not-a-uuid"
            })
    void refusesAMalformedReference(String text) {
        assertThatThrownBy(() -> PolicyReference.parse(text)).isInstanceOfSatisfying(InvalidValueException.class, e -> {
            assertThat(e.field()).isEqualTo("reference");
            assertThat(e.rule()).isEqualTo("POLICY_REFERENCE_FORMAT");
        });
    }
}
