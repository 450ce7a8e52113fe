package org.liangxiang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.IntegrationTest;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.Money;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.Subsidy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The policy in force against the database. Each test owns its regions (no other test writes policy for them): Kaifeng
 * 410200 and its 龙亭区 410202 / 北书店街道 410202001 for the layering table; 平顶山新华区 410402, 安阳文峰区 410502, 鹤壁鹤山区
 * 410602 and 新乡 410704, 410711, 410721, 410724 for the others. Henan's demo version (60 yuan, 3:3:4) is the province above them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PoliciesIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    Policies policies;

    @Autowired
    JdbcClient jdbc;

    LocalDate base;
    final Map<String, UUID> layered = new HashMap<>();

    @BeforeAll
    void versionsForTheLayeringTable() {
        base = policies.today().plusMonths(2).withDayOfMonth(1);
        layered.put(
                "410200",
                create(
                        "410200",
                        base,
                        Map.of(
                                "money.living.amountFen", 10000,
                                "money.care.amountFen", 9000,
                                "deadlines.acceptance.workingDays", 4)));
        layered.put("410202", create("410202", base, Map.of("money.living.amountFen", 13000)));
        layered.put(
                "410202001", create("410202001", base.plusMonths(1), Map.of("deadlines.acceptance.workingDays", 2)));
        layered.put("410000", DemoPolicies.SEEDS.get(0).id());
        create(
                "410602",
                base.plusMonths(3),
                Map.of(
                        "money.care.amountFen",
                        8000,
                        "money.care.tiersFen",
                        Map.of("LEVEL_1", 15000, "LEVEL_2", 12000)));
    }

    @ParameterizedTest(name = "{0} in {1} (+{2} months) = {3} from {4}")
    @CsvSource(delimiter = '|', nullValues = "NATIONAL", textBlock = """
            money.living.amountFen           | 410202    | 0 | 13000 | 410202    | the county beats the city and the province
            money.care.amountFen             | 410202    | 0 | 9000  | 410200    | not set by the county: the city's, and it says so
            money.living.fundingShares       | 410202    | 0 | {"province":30,"city":30,"county":40} | 410000 | set by neither: the province's
            deadlines.correction.workingDays | 410202    | 0 | 20    | NATIONAL  | set by no region: the national default
            money.living.amountFen           | 410202001 | 1 | 13000 | 410202    | a township takes its county's
            deadlines.acceptance.workingDays | 410202001 | 0 | 4     | 410200    | the township's version is not yet in force
            deadlines.acceptance.workingDays | 410202001 | 1 | 2     | 410202001 | from its date the township's own
            money.living.amountFen           | 410203    | 0 | 10000 | 410200    | a sibling county: the city's
            """)
    void eachFieldComesFromTheMostSpecificRegionThatSetsIt(
            String key, String region, int months, String json, String source, String why) {
        PolicyInForce policy = policies.inForce(RegionCode.of(region), base.plusMonths(months));

        ResolvedSetting setting = policy.settings().stream()
                .filter(s -> s.key().equals(key))
                .findFirst()
                .orElseThrow();
        tools.jackson.databind.JsonNode actual = JSON.valueToTree(setting.value());
        assertThat(actual).as(why).isEqualTo(JSON.readTree(json));
        if (source == null) {
            assertThat(setting.origin()).as(why).isEqualTo(SettingOrigin.NATIONAL_DEFAULT);
            assertThat(setting.region()).isNull();
            assertThat(setting.versionId()).isNull();
        } else {
            assertThat(setting.origin()).as(why).isEqualTo(SettingOrigin.REGION);
            assertThat(setting.region()).as(why).isEqualTo(RegionCode.of(source));
            assertThat(setting.versionId()).as(why).isEqualTo(layered.get(source));
        }
    }

    @Test
    void aChangeEffectiveNextMonthIsNotInForceTodayButIsOnItsDate() {
        RegionCode county = RegionCode.of("410402");
        LocalDate today = policies.today();
        LocalDate nextMonth = today.plusMonths(1).withDayOfMonth(1);
        UUID id = create("410402", nextMonth, Map.of("money.living.amountFen", 14000));

        assertThat(policies.inForce(county, today).amount(Subsidy.LIVING)).contains(Money.ofYuan(60));
        assertThat(policies.inForce(county, nextMonth.minusDays(1)).amount(Subsidy.LIVING))
                .contains(Money.ofYuan(60));
        PolicyInForce onItsDate = policies.inForce(county, nextMonth);
        assertThat(onItsDate.amount(Subsidy.LIVING)).contains(Money.ofYuan(140));
        assertThat(onItsDate.source(PolicyFields.LIVING_AMOUNT).versionId()).isEqualTo(id);
    }

    @Test
    void aDecisionsStoredReferenceReproducesTheOldAnswerAfterNewerVersions() {
        RegionCode township = RegionCode.of("410502001");
        LocalDate decided = base.plusDays(10);
        create("410502", base, Map.of("money.living.amountFen", 11000, "deadlines.acceptance.workingDays", 6));
        PolicyInForce atDecision = policies.inForce(township, decided);
        String stored = atDecision.reference().toString();

        create("410502", base.plusMonths(1), Map.of("money.living.amountFen", 12500));
        create("410502", base, Map.of("money.living.amountFen", 11800)); // same date, created later: supersedes
        create("410500", base, Map.of("deadlines.acceptance.workingDays", 7)); // the city: does not beat the county

        PolicyInForce reproduced = policies.asOf(stored);
        assertThat(reproduced.amount(Subsidy.LIVING)).contains(Money.ofYuan(110));
        assertThat(reproduced.acceptanceWorkingDays()).isEqualTo(6);
        assertThat(reproduced.settings()).isEqualTo(atDecision.settings());
        assertThat(reproduced.reference()).isEqualTo(atDecision.reference());
        assertThat(policies.inForce(township, decided).amount(Subsidy.LIVING))
                .as("asked afresh, the same-day later version answers")
                .contains(Money.ofYuan(118));
    }

    @ParameterizedTest(name = "{0} {1}: {2} fen")
    @CsvSource(delimiter = '|', textBlock = """
            CARE   | LEVEL_1 | 15000 | level 1's tier
            CARE   | LEVEL_2 | 12000 | level 2's tier
            CARE   | LEVEL_3 | 8000  | no tier for level 3: the county's base amount
            LIVING | LEVEL_1 | 6000  | the living subsidy: Henan's base amount, no tiers
            """)
    void paysByTierOfDisabilityLevel(Subsidy subsidy, DisabilityLevel level, long fen, String why) {
        PolicyInForce policy = policies.inForce(RegionCode.of("410602001"), base.plusMonths(3));

        assertThat(policy.amount(subsidy, level)).as(why).contains(Money.ofFen(fen));
    }

    @Test
    void refusesAVersionEffectiveTodayOrEarlierAndStoresNothing() {
        RegionCode county = RegionCode.of("410704");
        for (LocalDate date : List.of(policies.today(), policies.today().minusMonths(1))) {
            NewPolicyVersion request = new NewPolicyVersion(county, date, Map.of("money.living.amountFen", 1), null);

            assertThatThrownBy(() -> policies.create(request, "test"))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.field()).isEqualTo("effectiveFrom");
                        assertThat(e.rule()).isEqualTo("VERSION_EFFECTIVE_FROM_NOT_FUTURE");
                    });
        }
        assertThat(policies.versions(county)).isEmpty();
    }

    @Test
    void aBadValueStoresNothing() {
        RegionCode county = RegionCode.of("410711");
        NewPolicyVersion request = new NewPolicyVersion(
                county,
                base,
                Map.of(
                        "money.living.amountFen",
                        9000,
                        "money.living.fundingShares",
                        Map.of("province", 50, "city", 50, "county", 50)),
                null);

        assertThatThrownBy(() -> policies.create(request, "test"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo("money.living.fundingShares");
                    assertThat(e.rule()).isEqualTo("POLICY_SHARES_SUM_100");
                });
        assertThat(policies.versions(county)).isEmpty();
    }

    @Test
    void aNewVersionIsAuditedInItsTransaction() {
        UUID id = create("410721", base.plusMonths(6), Map.of("money.paymentFrequency", "QUARTERLY"));

        assertThat(jdbc.sql("SELECT count(*) FROM audit_record WHERE type = 'POLICY_VERSION_CREATED'"
                                + " AND object_type = 'POLICY_VERSION' AND object_id = ?")
                        .param(id.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theRuntimeRoleCannotChangeOrRemoveAVersion() {
        UUID id = create("410724", base.plusMonths(7), Map.of("money.paymentStart", "MONTH_AFTER_APPROVAL"));

        assertThatThrownBy(() -> jdbc.sql("UPDATE policy_version SET note = 'x' WHERE id = ?")
                        .param(id)
                        .update())
                .rootCause()
                .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM policy_version WHERE id = ?")
                        .param(id)
                        .update())
                .rootCause()
                .hasMessageContaining("permission denied");
    }

    @Test
    void theDemoCountyHasTheCareExtensionAndHenansAmounts() {
        PolicyInForce jianxi = policies.inForce(RegionCode.of("410305001"), policies.today());

        assertThat(jianxi.careExtendedToLevels3And4IntellectualOrMental()).isTrue();
        assertThat(jianxi.amount(Subsidy.CARE)).contains(Money.ofYuan(60));
        PolicyInForce zhongyuan = policies.inForce(RegionCode.of("410102001"), policies.today());
        assertThat(zhongyuan.amount(Subsidy.LIVING)).contains(Money.ofYuan(120));
        assertThat(zhongyuan.amount(Subsidy.CARE)).contains(Money.ofYuan(100));
        assertThat(zhongyuan.careExtendedToLevels3And4IntellectualOrMental()).isFalse();
    }

    private UUID create(String region, LocalDate from, Map<String, Object> settings) {
        return policies.create(new NewPolicyVersion(RegionCode.of(region), from, settings, "test"), "test")
                .id();
    }
}
