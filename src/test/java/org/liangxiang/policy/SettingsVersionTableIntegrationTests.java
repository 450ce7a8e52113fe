package org.liangxiang.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.shared.RegionCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versions in force on a date that has begun are remembered per node, except in today's first minutes: a version
 * validated just before midnight (effective "tomorrow") may commit just after it and must not be missed.
 */
@IntegrationTest
class SettingsVersionTableIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void todaysVersionsAreReadAgainInTheFirstMinutesAfterMidnightAndRememberedAfter() {
        LocalDate today = LocalDate.now(VersionRules.ZONE);
        List<RegionCode> chain = List.of(unusedRegion());

        SettingsVersionTable justAfterMidnight = new SettingsVersionTable(jdbc, json, Policies.TABLE, at(today, 0, 2));
        assertThat(justAfterMidnight.candidates(chain, today)).isEmpty();
        insertByHand(chain.get(0), today);
        assertThat(justAfterMidnight.candidates(chain, today)).hasSize(1);

        SettingsVersionTable later = new SettingsVersionTable(jdbc, json, Policies.TABLE, at(today, 0, 10));
        assertThat(later.candidates(chain, today)).hasSize(1);
        insertByHand(chain.get(0), today);
        assertThat(later.candidates(chain, today)).as("settled: remembered").hasSize(1);
        assertThat(later.candidates(chain, today.plusDays(1)))
                .as("a date to come is read")
                .hasSize(2);
        later.forgetSettled();
        assertThat(later.candidates(chain, today)).hasSize(2);
    }

    private static Clock at(LocalDate day, int hour, int minute) {
        return Clock.fixed(day.atTime(hour, minute).atZone(VersionRules.ZONE).toInstant(), VersionRules.ZONE);
    }

    private void insertByHand(RegionCode region, LocalDate effectiveFrom) {
        jdbc.sql("INSERT INTO policy_version (id, region_code, effective_from, settings, created_by)"
                        + " VALUES (?, ?, ?, CAST('{\"test\": true}' AS jsonb), 'settings-version-table-test')")
                .params(UUID.randomUUID(), region.value(), effectiveFrom)
                .update();
    }

    /** A county code of Henan that no division has (4198xx), so no other test reads its versions. */
    private static RegionCode unusedRegion() {
        return RegionCode.of(
                "4198" + String.format("%02d", ThreadLocalRandom.current().nextInt(100)));
    }
}
