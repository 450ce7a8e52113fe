package org.liangxiang.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.policy.LayeredResolution;
import org.liangxiang.policy.LayeredSettings;
import org.liangxiang.policy.SettingOrigin;
import org.liangxiang.policy.SettingsVersion;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.Subsidy;

/** Which materials an application needs, from the national list and a region's rules, as a table. */
class MaterialRulesTests {

    static final RegionCode TOWNSHIP = RegionCode.of("410802001");
    static final RegionCode COUNTY = RegionCode.of("410802");
    static final List<RegionCode> CHAIN = List.of(TOWNSHIP, COUNTY, RegionCode.of("410800"), RegionCode.of("410000"));
    static final UUID COUNTY_VERSION = UUID.randomUUID();

    static final LayeredResolution NATIONAL = LayeredSettings.merge(CHAIN, List.of());
    static final LayeredResolution REGIONAL = LayeredSettings.merge(
            CHAIN,
            List.of(new SettingsVersion(
                    COUNTY_VERSION,
                    COUNTY,
                    LocalDate.parse("2027-01-01"),
                    1,
                    MaterialRules.canonical(Map.of(
                            "materials.LIVING.BASE.ASSISTANCE_STATUS_PROOF", "REPLACED_BY_DATA_CHECK",
                            "materials.LIVING.RENEWAL.RESIDENT_ID_OR_HOUSEHOLD_REGISTER", "REPLACED_BY_DATA_CHECK",
                            "materials.CARE.RENEWAL.RESIDENT_ID_OR_HOUSEHOLD_REGISTER", "REPLACED_BY_DATA_CHECK",
                            "materials.CARE.BASE.ASSISTANCE_STATUS_PROOF", "OPTIONAL")),
                    Instant.EPOCH,
                    "test",
                    null)));

    @ParameterizedTest(name = "{0} {1} {2}: {3} is {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            NATIONAL | LIVING      | -                               | ASSISTANCE_STATUS_PROOF           | REQUIRED               | the living subsidy needs the 低保 proof
            NATIONAL | CARE        | -                               | ASSISTANCE_STATUS_PROOF           | NOT_NEEDED             | the care subsidy does not
            NATIONAL | LIVING CARE | -                               | ASSISTANCE_STATUS_PROOF           | REQUIRED               | both: the stronger
            NATIONAL | CARE        | -                               | AGENT_AUTHORISATION_AND_ID        | NOT_NEEDED             | no agent, no authorisation
            NATIONAL | CARE        | AGENT_APPLYING                  | AGENT_AUTHORISATION_AND_ID        | REQUIRED               | an agent adds the authorisation
            NATIONAL | LIVING      | GUARDIAN_ACCOUNT                | GUARDIANSHIP_PROOF                | REQUIRED               | a guardian's account adds the guardianship proof
            NATIONAL | LIVING      | AGENT_APPLYING GUARDIAN_ACCOUNT | GUARDIANSHIP_PROOF                | REQUIRED               | situations add up
            NATIONAL | LIVING      | AGENT_APPLYING GUARDIAN_ACCOUNT | AGENT_AUTHORISATION_AND_ID        | REQUIRED               | situations add up
            NATIONAL | LIVING      | RENEWAL                         | DISABILITY_CERTIFICATE            | REQUIRED               | a renewal needs the (new) certificate
            NATIONAL | CARE        | -                               | PAYEE_ACCOUNT_CARD                | REQUIRED               | the payee card always
            REGIONAL | LIVING      | -                               | ASSISTANCE_STATUS_PROOF           | REPLACED_BY_DATA_CHECK | the county checks 低保 status against data
            REGIONAL | CARE        | -                               | ASSISTANCE_STATUS_PROOF           | OPTIONAL               | the county accepts a proof for care too
            REGIONAL | LIVING CARE | -                               | ASSISTANCE_STATUS_PROOF           | REPLACED_BY_DATA_CHECK | a data check is stronger than optional
            REGIONAL | LIVING      | RENEWAL                         | RESIDENT_ID_OR_HOUSEHOLD_REGISTER | REPLACED_BY_DATA_CHECK | a renewal's identity is on file
            REGIONAL | LIVING      | -                               | RESIDENT_ID_OR_HOUSEHOLD_REGISTER | REQUIRED               | but not a first application's
            REGIONAL | LIVING      | RENEWAL AGENT_APPLYING          | AGENT_AUTHORISATION_AND_ID        | REQUIRED               | the national situation rule still applies
            """)
    void needsTheStrongestRuleOfItsSubsidiesAndSituations(
            String rules,
            String subsidies,
            String situations,
            MaterialType material,
            Requirement expected,
            String why) {
        List<RequiredMaterial> needed = MaterialRules.combine(
                rules.equals("NATIONAL") ? NATIONAL : REGIONAL, subsidies(subsidies), situations(situations));

        Optional<RequiredMaterial> found =
                needed.stream().filter(m -> m.material() == material).findFirst();
        if (expected == Requirement.NOT_NEEDED) {
            assertThat(found).as(why).isEmpty();
        } else {
            assertThat(found).as(why).map(RequiredMaterial::requirement).contains(expected);
        }
    }

    @Test
    void eachRequirementSaysWhoSetItAndForWhat() {
        List<RequiredMaterial> needed =
                MaterialRules.combine(REGIONAL, Set.of(Subsidy.LIVING), Set.of(Situation.AGENT_APPLYING));

        RequiredMaterial proof = find(needed, MaterialType.ASSISTANCE_STATUS_PROOF);
        assertThat(proof.reason().origin()).isEqualTo(SettingOrigin.REGION);
        assertThat(proof.reason().region()).isEqualTo(COUNTY);
        assertThat(proof.reason().versionId()).isEqualTo(COUNTY_VERSION);
        assertThat(proof.reason().key()).isEqualTo("materials.LIVING.BASE.ASSISTANCE_STATUS_PROOF");
        RequiredMaterial authorisation = find(needed, MaterialType.AGENT_AUTHORISATION_AND_ID);
        assertThat(authorisation.reason().origin()).isEqualTo(SettingOrigin.NATIONAL_DEFAULT);
        assertThat(authorisation.reason().situation()).isEqualTo(Situation.AGENT_APPLYING);
        assertThat(authorisation.reason().messageCode()).isEqualTo("guide.reason.AGENT_APPLYING");
    }

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            materials.LIVING.BASE.NO_SUCH_MATERIAL      | REQUIRED  | GUIDE_MATERIAL_KEY_UNKNOWN
            materials.PENSION.BASE.APPLICATION_FORM     | REQUIRED  | GUIDE_MATERIAL_KEY_UNKNOWN
            materials.LIVING.TRAVELLING.APPLICATION_FORM | REQUIRED | GUIDE_MATERIAL_KEY_UNKNOWN
            money.living.amountFen                      | REQUIRED  | GUIDE_MATERIAL_KEY_UNKNOWN
            materials.LIVING.BASE.APPLICATION_FORM      | MANDATORY | GUIDE_REQUIREMENT_UNKNOWN
            """)
    void refusesAnUnknownKeyOrRequirementNamingTheKey(String key, String value, String rule) {
        assertThatThrownBy(() -> MaterialRules.canonical(Map.of(key, value)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo(key);
                    assertThat(e.rule()).isEqualTo(rule);
                });
    }

    static RequiredMaterial find(List<RequiredMaterial> needed, MaterialType material) {
        return needed.stream().filter(m -> m.material() == material).findFirst().orElseThrow();
    }

    static Set<Subsidy> subsidies(String names) {
        return Arrays.stream(names.split(" "))
                .map(Subsidy::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Subsidy.class)));
    }

    static Set<Situation> situations(String names) {
        if (names == null) {
            return Set.of();
        }
        return Arrays.stream(names.split(" "))
                .map(Situation::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Situation.class)));
    }
}
