package org.liangxiang.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.Money;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.Subsidy;
import tools.jackson.databind.json.JsonMapper;

/** The typed answer: national defaults, tiers by level, and the limits derived from the review chain. */
class PolicyInForceTests {

    static final RegionCode COUNTY = RegionCode.of("410102");
    static final LocalDate DATE = LocalDate.parse("2027-05-01");

    static PolicyInForce withCountySettings(Map<String, Object> settings) {
        SettingsVersion version = new SettingsVersion(
                UUID.randomUUID(), COUNTY, DATE, 1, Policies.canonical(settings), Instant.EPOCH, "test", null);
        return new PolicyInForce(
                COUNTY, DATE, LayeredSettings.merge(new SyntacticRegionAncestry().chain(COUNTY), List.of(version)));
    }

    @Test
    void withoutRegionalVersionsEveryFieldIsTheNationalDefault() {
        PolicyInForce policy = new PolicyInForce(COUNTY, DATE, LayeredSettings.merge(List.of(COUNTY), List.of()));

        assertThat(policy.settings()).hasSize(PolicyFields.all().size()).allSatisfy(s -> {
            assertThat(s.origin()).isEqualTo(SettingOrigin.NATIONAL_DEFAULT);
            assertThat(s.versionId()).isNull();
        });
        assertThat(policy.acceptanceWorkingDays()).isEqualTo(5);
        assertThat(policy.forwardingWorkingDays()).isEqualTo(3);
        assertThat(policy.decisionWorkingDays()).isEqualTo(10);
        assertThat(policy.reviewChain())
                .extracting(ReviewChainStep::workingDays)
                .containsExactly(3, 3, 4);
        assertThat(policy.notifyApplicantWorkingDays()).isEqualTo(3);
        assertThat(policy.correctionWorkingDays()).isEqualTo(20);
        assertThat(policy.reminderLeadWorkingDays()).isEqualTo(1);
        assertThat(policy.escalationAfterOverdueWorkingDays()).isEqualTo(3);
        assertThat(policy.renewalBackPayCapMonths()).isEqualTo(3);
        assertThat(policy.paymentStart()).isEqualTo(PaymentStartRule.MONTH_OF_SUBMISSION);
        assertThat(policy.paymentFrequency()).isEqualTo(PaymentFrequency.MONTHLY);
        assertThat(policy.publicNoticeDays()).isZero();
        assertThat(policy.publicNoticePausesDecisionClock()).isTrue();
        assertThat(policy.exclusions(Subsidy.LIVING))
                .containsExactlyInAnyOrder(
                        Exclusion.EXTREME_POVERTY_SUPPORT,
                        Exclusion.WORK_INJURY_CARE_ALLOWANCE,
                        Exclusion.ORPHAN_GUARANTEE);
        assertThat(policy.exclusions(Subsidy.CARE))
                .containsExactlyInAnyOrder(Exclusion.EXTREME_POVERTY_SUPPORT, Exclusion.WORK_INJURY_CARE_ALLOWANCE);
        assertThat(policy.livingExtensions()).isEmpty();
        assertThat(policy.careExtendedToLevels3And4IntellectualOrMental()).isFalse();
        assertThat(policy.amount(Subsidy.LIVING)).as("no national figure").isEmpty();
        assertThat(policy.fundingShares(Subsidy.LIVING)).isEmpty();
        assertThat(policy.reference().versionIds()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}: {2} fen")
    @CsvSource(delimiter = '|', textBlock = """
            CARE   | LEVEL_1 | 12000 | level 1 has its own tier
            CARE   | LEVEL_2 | 9000  | level 2 has its own tier
            CARE   | LEVEL_3 | 6000  | no tier: the base amount
            CARE   | LEVEL_4 | 6000  | no tier: the base amount
            LIVING | LEVEL_1 | 7000  | the living subsidy has no tiers here
            """)
    void paysTheTierOfTheLevelOrElseTheBaseAmount(Subsidy subsidy, DisabilityLevel level, long fen, String why) {
        PolicyInForce policy = withCountySettings(Map.of(
                "money.care.amountFen", 6000,
                "money.care.tiersFen", Map.of("LEVEL_1", 12000, "LEVEL_2", 9000),
                "money.living.amountFen", 7000));

        assertThat(policy.amount(subsidy, level)).as(why).contains(Money.ofFen(fen));
    }

    @ParameterizedTest(name = "notice {0} days, pauses {1}: decision {2}, notice {3}")
    @CsvSource(delimiter = '|', textBlock = """
            0 | true  | 10 | 0 | no notice: 3 + 3 + 4
            7 | true  | 10 | 7 | the notice pauses the clock: still 10
            7 | false | 17 | 7 | the notice runs on the clock: 10 + 7
            """)
    void derivesTheDecisionLimitFromTheChain(int noticeDays, boolean pauses, int decision, int notice, String why) {
        List<Map<String, Object>> chain = new java.util.ArrayList<>(List.of(
                Map.of("step", "TOWNSHIP_CHECK", "office", "TOWNSHIP", "workingDays", 3),
                Map.of("step", "FEDERATION_REVIEW", "office", "COUNTY_FEDERATION", "workingDays", 3)));
        if (noticeDays > 0) {
            chain.add(Map.of("step", "PUBLIC_NOTICE", "office", "TOWNSHIP", "workingDays", noticeDays));
        }
        chain.add(Map.of("step", "CIVIL_AFFAIRS_DECISION", "office", "COUNTY_CIVIL_AFFAIRS", "workingDays", 4));

        PolicyInForce policy = withCountySettings(
                Map.of("process.reviewChain", chain, "process.publicNotice.pausesDecisionClock", pauses));

        assertThat(policy.decisionWorkingDays()).as(why).isEqualTo(decision);
        assertThat(policy.publicNoticeDays()).as(why).isEqualTo(notice);
    }

    @Test
    void higherOfListsOnlyTheAllowancesOfTheSubsidysKind() {
        PolicyInForce policy = withCountySettings(
                Map.of("eligibility.higherOf", List.of("OLD_AGE_ALLOWANCE", "OLD_AGE_CARE_ALLOWANCE")));

        assertThat(policy.higherOf(Subsidy.LIVING)).containsExactly(SimilarAllowance.OLD_AGE_ALLOWANCE);
        assertThat(policy.higherOf(Subsidy.CARE)).containsExactly(SimilarAllowance.OLD_AGE_CARE_ALLOWANCE);
    }

    @Test
    void fundingSharesSplitAnAmountExactly() {
        PolicyInForce policy = withCountySettings(
                Map.of("money.living.fundingShares", Map.of("province", 30, "city", 30, "county", 40)));

        assertThat(policy.fundingShares(Subsidy.LIVING).orElseThrow().split(Money.ofFen(6001)))
                .containsExactly(Money.ofFen(1800), Money.ofFen(1800), Money.ofFen(2401));
    }

    @Test
    void theNationalBaselineIsStableJson() {
        // A changed default must come with a new baseline (PolicyFields.BASELINE): this pins the current one.
        JsonMapper json = JsonMapper.builder().build();
        StringBuilder all = new StringBuilder();
        for (PolicyField<?> field : PolicyFields.all()) {
            all.append(field.key())
                    .append('=')
                    .append(json.writeValueAsString(write(field)))
                    .append('\n');
        }
        assertThat(PolicyFields.BASELINE).isEqualTo("CN1");
        assertThat(all.toString())
                .hasLineCount(PolicyFields.all().size())
                .contains(
                        "process.reviewChain=[{\"step\":\"TOWNSHIP_CHECK\",\"office\":\"TOWNSHIP\",\"workingDays\":3},"
                                + "{\"step\":\"FEDERATION_REVIEW\",\"office\":\"COUNTY_FEDERATION\",\"workingDays\":3},"
                                + "{\"step\":\"CIVIL_AFFAIRS_DECISION\",\"office\":\"COUNTY_CIVIL_AFFAIRS\",\"workingDays\":4}]",
                        "deadlines.acceptance.workingDays=5",
                        "money.living.amountFen=null");
    }

    private static <T> Object write(PolicyField<T> field) {
        return field.write(field.nationalDefault());
    }
}
