package org.liangxiang.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.IntegrationTest;
import org.liangxiang.policy.SettingOrigin;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.Subsidy;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Material rules against the database. Regions owned by this test: 焦作 410800, its 解放区 410802, 中站区 410803 and
 * 马村区 410804 with their townships. The city replaces the 低保 proof with a data check; 解放区 asks for the paper proof again a month
 * later.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequiredMaterialsIntegrationTests {

    @Autowired
    RequiredMaterials materials;

    @Autowired
    Guides guides;

    LocalDate base;
    UUID city;
    UUID county;

    @BeforeAll
    void rules() {
        base = guides.today().plusMonths(2).withDayOfMonth(1);
        city = materials
                .createVersion(
                        RegionCode.of("410800"),
                        base,
                        Map.of("materials.LIVING.BASE.ASSISTANCE_STATUS_PROOF", "REPLACED_BY_DATA_CHECK"),
                        "焦作市通过数据核验低保身份",
                        "test")
                .id();
        county = materials
                .createVersion(
                        RegionCode.of("410802"),
                        base.plusMonths(1),
                        Map.of(
                                "materials.LIVING.BASE.ASSISTANCE_STATUS_PROOF", "REQUIRED",
                                "materials.CARE.RENEWAL.DISABILITY_CERTIFICATE", "REPLACED_BY_DATA_CHECK"),
                        "解放区恢复纸质证明",
                        "test")
                .id();
    }

    @ParameterizedTest(name = "{0} +{1} months, {2} {3}: {4} {5} set by {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            410802001 | 0 | LIVING | -                | ASSISTANCE_STATUS_PROOF    | REPLACED_BY_DATA_CHECK | 410800   | the city checks 低保 status against data
            410802001 | 1 | LIVING | -                | ASSISTANCE_STATUS_PROOF    | REQUIRED               | 410802   | the county overrides the city from its date
            410803001 | 1 | LIVING | -                | ASSISTANCE_STATUS_PROOF    | REPLACED_BY_DATA_CHECK | 410800   | a sibling county keeps the city's rule
            410802001 | 0 | CARE   | AGENT_APPLYING   | AGENT_AUTHORISATION_AND_ID | REQUIRED               | NATIONAL | an agent adds the authorisation
            410802001 | 0 | LIVING | GUARDIAN_ACCOUNT | GUARDIANSHIP_PROOF         | REQUIRED               | NATIONAL | a guardian account adds the proof
            410802001 | 1 | CARE   | RENEWAL          | DISABILITY_CERTIFICATE     | REPLACED_BY_DATA_CHECK | 410802   | the county checks a renewal's certificate against data
            410802001 | 0 | CARE   | RENEWAL          | DISABILITY_CERTIFICATE     | REQUIRED               | NATIONAL | not yet in force: the national rule
            """)
    void eachRegionsRulesApplyFromTheirDate(
            String township,
            int months,
            Subsidy subsidy,
            Situation situation,
            MaterialType material,
            Requirement expected,
            String setBy,
            String why) {
        List<RequiredMaterial> needed = materials.forApplication(
                RegionCode.of(township),
                Set.of(subsidy),
                situation == null ? Set.of() : Set.of(situation),
                base.plusMonths(months));

        RequiredMaterial found = needed.stream()
                .filter(m -> m.material() == material)
                .findFirst()
                .orElseThrow(() -> new AssertionError(why + ": " + material + " not listed"));
        assertThat(found.requirement()).as(why).isEqualTo(expected);
        if (setBy.equals("NATIONAL")) {
            assertThat(found.reason().origin()).as(why).isEqualTo(SettingOrigin.NATIONAL_DEFAULT);
        } else {
            assertThat(found.reason().region()).as(why).isEqualTo(RegionCode.of(setBy));
            assertThat(found.reason().versionId()).as(why).isEqualTo(setBy.equals("410800") ? city : county);
        }
    }

    @Test
    void theMaterialsNeededAreRememberedUntilANewVersionIsInForce() {
        LocalDate on = base.plusMonths(4);
        RegionCode township = RegionCode.of("410804001");
        List<RequiredMaterial> first = materials.forApplication(township, Set.of(Subsidy.LIVING), Set.of(), on);
        assertThat(materials.forApplication(township, Set.of(Subsidy.LIVING), Set.of(), on))
                .as("combined once for the same rules, subsidies and situations")
                .isSameAs(first);
        assertThat(requirement(first, MaterialType.ASSISTANCE_STATUS_PROOF))
                .as("the city's rule")
                .isEqualTo(Requirement.REPLACED_BY_DATA_CHECK);

        materials.createVersion(
                RegionCode.of("410804"),
                on,
                Map.of("materials.LIVING.BASE.ASSISTANCE_STATUS_PROOF", "REQUIRED"),
                "马村区恢复纸质证明",
                "test");

        List<RequiredMaterial> after = materials.forApplication(township, Set.of(Subsidy.LIVING), Set.of(), on);
        assertThat(requirement(after, MaterialType.ASSISTANCE_STATUS_PROOF))
                .as("the county's new version, at once")
                .isEqualTo(Requirement.REQUIRED);
        assertThat(requirement(
                        materials.forApplication(township, Set.of(Subsidy.LIVING), Set.of(), on.minusDays(1)),
                        MaterialType.ASSISTANCE_STATUS_PROOF))
                .as("the day before it")
                .isEqualTo(Requirement.REPLACED_BY_DATA_CHECK);
    }

    private static Requirement requirement(List<RequiredMaterial> needed, MaterialType material) {
        return needed.stream()
                .filter(m -> m.material() == material)
                .findFirst()
                .orElseThrow()
                .requirement();
    }

    @Test
    void withoutSituationsNoAgentOrGuardianMaterialsAreListed() {
        List<RequiredMaterial> needed =
                materials.forApplication(RegionCode.of("410802001"), EnumSet.allOf(Subsidy.class), Set.of(), base);

        assertThat(needed)
                .extracting(RequiredMaterial::material)
                .containsExactly(
                        MaterialType.APPLICATION_FORM,
                        MaterialType.RESIDENT_ID_OR_HOUSEHOLD_REGISTER,
                        MaterialType.DISABILITY_CERTIFICATE,
                        MaterialType.ASSISTANCE_STATUS_PROOF,
                        MaterialType.PAYEE_ACCOUNT_CARD);
    }

    @Test
    void submissionIsBlockedNamingEachMissingMaterial() {
        Set<MaterialType> provided = EnumSet.of(MaterialType.APPLICATION_FORM, MaterialType.PAYEE_ACCOUNT_CARD);

        assertThatThrownBy(() -> materials.requireComplete(
                        RegionCode.of("410802001"),
                        Set.of(Subsidy.CARE),
                        Set.of(Situation.AGENT_APPLYING),
                        base,
                        provided))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("materials");
                    assertThat(e.rule()).isEqualTo("GUIDE_MATERIALS_MISSING");
                    assertThat(e.messageZh()).isEqualTo("还缺少以下材料：居民身份证或户口簿、残疾人证、代办人委托书及身份证");
                    assertThat(e.messageEn())
                            .contains("Resident identity card", "Disability certificate", "Agent's authorisation");
                });
    }

    @Test
    void aMaterialCheckedAgainstDataIsNotMissing() {
        Set<MaterialType> provided = EnumSet.of(
                MaterialType.APPLICATION_FORM,
                MaterialType.RESIDENT_ID_OR_HOUSEHOLD_REGISTER,
                MaterialType.DISABILITY_CERTIFICATE,
                MaterialType.PAYEE_ACCOUNT_CARD);

        assertThat(materials.missing(RegionCode.of("410803001"), Set.of(Subsidy.LIVING), Set.of(), base, provided))
                .isEmpty();
        assertThat(materials.missing(
                        RegionCode.of("410802001"), Set.of(Subsidy.LIVING), Set.of(), base.plusMonths(1), provided))
                .extracting(RequiredMaterial::material)
                .containsExactly(MaterialType.ASSISTANCE_STATUS_PROOF);
    }

    @Test
    void zhengzhouChecksLowIncomeStatusAgainstDataInTheDemo() {
        List<RequiredMaterial> needed =
                materials.forApplication(RegionCode.of("410102001"), Set.of(Subsidy.LIVING), Set.of(), guides.today());

        assertThat(needed)
                .filteredOn(m -> m.material() == MaterialType.ASSISTANCE_STATUS_PROOF)
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.requirement()).isEqualTo(Requirement.REPLACED_BY_DATA_CHECK);
                    assertThat(m.reason().region()).isEqualTo(RegionCode.of("410100"));
                });
    }

    @Test
    void refusesRulesEffectiveTodayAndUnknownKeys() {
        assertThatThrownBy(() -> materials.createVersion(
                        RegionCode.of("410803"),
                        guides.today(),
                        Map.of("materials.LIVING.BASE.APPLICATION_FORM", "OPTIONAL"),
                        null,
                        "test"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("effectiveFrom"));
        assertThatThrownBy(() -> materials.createVersion(
                        RegionCode.of("410803"), base, Map.of("materials.LIVING.BASE.PHOTO", "REQUIRED"), null, "test"))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo("GUIDE_MATERIAL_KEY_UNKNOWN"));
        assertThat(materials.versions(RegionCode.of("410803"))).isEmpty();
    }
}
