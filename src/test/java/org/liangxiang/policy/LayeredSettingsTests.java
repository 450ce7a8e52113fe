package org.liangxiang.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.shared.RegionCode;

/** Resolution up the region chain, key by key, as a table over one set of versions. */
class LayeredSettingsTests {

    static final String LIVING = "money.living.amountFen";
    static final String CARE = "money.care.amountFen";
    static final String ACCEPTANCE = "deadlines.acceptance.workingDays";

    static final List<SettingsVersion> VERSIONS = List.of(
            version("P", "410000", "2027-01-01", 1, Map.of(LIVING, 6000, CARE, 6000)),
            version("C", "410100", "2027-01-01", 2, Map.of(LIVING, 12000, CARE, 10000)),
            version("K", "410102", "2027-03-01", 3, Map.of(LIVING, 15000)),
            version("K-cleared", "410102", "2027-06-01", 4, nullMap(LIVING)),
            version("P-raised", "410000", "2027-06-01", 5, Map.of(CARE, 7000)),
            version("T", "410102001", "2027-02-01", 6, Map.of(ACCEPTANCE, 3)),
            version("K-same-day-later", "410102", "2027-03-01", 7, Map.of(ACCEPTANCE, 4)),
            version("other-province", "420000", "2027-01-01", 8, Map.of(LIVING, 9900)));

    static final SyntacticRegionAncestry ANCESTRY = new SyntacticRegionAncestry();

    @ParameterizedTest(name = "{0} on {1}: {2} = {3} from {4}")
    @CsvSource(delimiter = '|', nullValues = "NATIONAL", textBlock = """
            410102    | 2027-02-15 | money.living.amountFen | 12000    | C                | county not yet in force: the city's
            410102    | 2027-03-01 | money.living.amountFen | 15000    | K                | the county overrides city and province from its date
            410102    | 2027-05-31 | money.care.amountFen   | 10000    | C                | a field the county did not set: the city's
            410102    | 2027-06-01 | money.living.amountFen | 12000    | C                | the county cleared its value: the city's again
            410102001 | 2027-03-15 | money.living.amountFen | 15000    | K                | a township inherits its county's
            410102001 | 2027-03-15 | deadlines.acceptance.workingDays | 3 | T             | the township's own value beats the county's
            410102    | 2027-03-15 | deadlines.acceptance.workingDays | 4 | K-same-day-later | same region and date: the later version
            410103    | 2027-03-15 | money.living.amountFen | 12000    | C                | a sibling county does not see 410102's
            410200    | 2027-05-01 | money.care.amountFen   | 6000     | P                | another city: the province's
            410200    | 2027-06-01 | money.care.amountFen   | 7000     | P-raised         | the province's later version
            410102    | 2027-06-01 | money.care.amountFen   | 10000    | C                | a province change does not beat the city
            410102    | 2026-12-31 | money.living.amountFen | NATIONAL | NATIONAL         | before any version: the national default
            430102    | 2027-07-01 | money.living.amountFen | NATIONAL | NATIONAL         | another province's versions do not apply
            410102    | 2027-07-01 | deadlines.correction.workingDays | NATIONAL | NATIONAL | no region set it: the national default
            """)
    void resolvesEachKeyFromTheMostSpecificRegionInForce(
            String region, LocalDate date, String key, Long value, String versionLabel, String why) {
        LayeredResolution resolution = resolve(region, date);

        if (versionLabel == null) {
            assertThat(resolution.setting(key)).as(why).isEmpty();
        } else {
            ResolvedSetting setting = resolution.setting(key).orElseThrow();
            assertThat(((Number) setting.value()).longValue()).as(why).isEqualTo(value);
            assertThat(setting.versionId()).as(why).isEqualTo(id(versionLabel));
            assertThat(setting.region()).as(why).isEqualTo(byLabel(versionLabel).region());
            assertThat(setting.origin()).isEqualTo(SettingOrigin.REGION);
        }
    }

    @Test
    void listsTheVersionsConsultedMostSpecificFirst() {
        LayeredResolution resolution = resolve("410102001", LocalDate.parse("2027-06-15"));

        assertThat(resolution.usedVersionIds())
                .as("the township's, the county's clearing, the city's; not those shadowed or not consulted")
                .containsExactly(id("T"), id("K-cleared"), id("C"));
    }

    @Test
    void theVersionsUsedReproduceTheAnswerForRandomVersionSets() {
        Random random = new Random(20261129);
        List<String> regions = List.of("410000", "410100", "410102", "410102001", "410103");
        List<String> keys = List.of(LIVING, CARE, ACCEPTANCE);
        for (int round = 0; round < 300; round++) {
            List<SettingsVersion> versions = new ArrayList<>();
            for (int v = 0; v < 1 + random.nextInt(12); v++) {
                Map<String, Object> settings = new HashMap<>();
                for (String key : keys) {
                    int pick = random.nextInt(4);
                    if (pick == 1) {
                        settings.put(key, random.nextInt(20000));
                    } else if (pick == 2) {
                        settings.put(key, null);
                    }
                }
                if (settings.isEmpty()) {
                    settings.put(LIVING, random.nextInt(20000));
                }
                LocalDate from = LocalDate.of(2027, 1, 1).plusDays(random.nextInt(60));
                versions.add(version(
                        "r" + round + "v" + v,
                        regions.get(random.nextInt(regions.size())),
                        from.toString(),
                        v,
                        settings));
            }
            LocalDate date = LocalDate.of(2027, 1, 1).plusDays(random.nextInt(70));
            RegionCode region = RegionCode.of(random.nextBoolean() ? "410102001" : "410103");
            List<RegionCode> chain = ANCESTRY.chain(region);
            List<SettingsVersion> inForce = versions.stream()
                    .filter(v -> !v.effectiveFrom().isAfter(date))
                    .toList();

            LayeredResolution original = LayeredSettings.merge(chain, inForce);
            LayeredResolution again = LayeredSettings.reproduce(original.usedVersions());

            assertThat(again.regionSettings()).as("round %d", round).isEqualTo(original.regionSettings());
            assertThat(again.usedVersionIds()).isEqualTo(original.usedVersionIds());
        }
    }

    static LayeredResolution resolve(String region, LocalDate date) {
        List<SettingsVersion> inForce =
                VERSIONS.stream().filter(v -> !v.effectiveFrom().isAfter(date)).toList();
        return LayeredSettings.merge(ANCESTRY.chain(RegionCode.of(region)), inForce);
    }

    static SettingsVersion version(String label, String region, String from, long seq, Map<String, Object> settings) {
        return new SettingsVersion(
                id(label), RegionCode.of(region), LocalDate.parse(from), seq, settings, Instant.EPOCH, "test", label);
    }

    static UUID id(String label) {
        return UUID.nameUUIDFromBytes(label.getBytes(StandardCharsets.UTF_8));
    }

    static SettingsVersion byLabel(String label) {
        return VERSIONS.stream()
                .filter(v -> v.id().equals(id(label)))
                .findFirst()
                .orElseThrow();
    }

    static Map<String, Object> nullMap(String key) {
        Map<String, Object> map = new HashMap<>();
        map.put(key, null);
        return map;
    }
}
