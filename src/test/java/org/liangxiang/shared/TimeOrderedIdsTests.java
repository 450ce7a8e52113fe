package org.liangxiang.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTests {

    @Test
    void carriesVersionSevenTheVariantAndTheTime() {
        long before = System.currentTimeMillis();
        UUID id = TimeOrderedIds.next();
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        long millis = id.getMostSignificantBits() >>> 16;
        assertThat(millis).isBetween(before, after);
        // the text form starts with the time: 48 bits, 12 hex digits
        assertThat(id.toString().replace("-", "").substring(0, 12)).isEqualTo("%012x".formatted(millis));
    }

    @Test
    void sortsByTimeAsPostgresqlComparesThem() {
        // PostgreSQL orders uuid values byte by byte, as their text compares
        List<String> ids = new ArrayList<>();
        for (long ms = 1_700_000_000_000L; ms < 1_700_000_000_000L + 50; ms++) {
            ids.add(TimeOrderedIds.at(ms).toString());
        }
        assertThat(ids).isSorted();
        assertThat(TimeOrderedIds.at((1L << 48) - 1).toString()).startsWith("ffffffff-ffff-7");
        assertThat(TimeOrderedIds.at(0).toString()).startsWith("00000000-0000-7");
    }

    @Test
    void keepsSeventyFourRandomBitsWithinOneMillisecond() {
        Set<UUID> seen = new HashSet<>();
        Set<Long> randA = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            UUID id = TimeOrderedIds.at(1_700_000_000_000L);
            assertThat(seen.add(id)).as("unique").isTrue();
            randA.add(id.getMostSignificantBits() & 0x0FFF);
        }
        // 12 random bits after the version: 20,000 draws cover nearly all 4,096 values
        assertThat(randA.size()).isGreaterThan(4_000);
    }

    @Test
    void refusesATimeOutside48Bits() {
        assertThatThrownBy(() -> TimeOrderedIds.at(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TimeOrderedIds.at(1L << 48)).isInstanceOf(IllegalArgumentException.class);
    }
}
