package org.liangxiang.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.policy.NewPolicyVersion;
import org.liangxiang.policy.Policies;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.Subsidy;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The guide reads its figures from policy and its contacts from the content versions up the region chain. Regions
 * owned by this test: 濮阳 410900, its 华龙区 410902 and 清丰县 410922, with their townships.
 */
@IntegrationTest
class GuidesIntegrationTests {

    @Autowired
    Guides guides;

    @Autowired
    Policies policies;

    @Test
    void theGuidesAmountsAndLimitsChangeWhenPolicyChanges() {
        RegionCode township = RegionCode.of("410902001");
        LocalDate from = guides.today().plusMonths(2).withDayOfMonth(1);
        LocalDate later = from.plusMonths(1);
        policy("410902", from, Map.of("money.living.amountFen", 13500, "deadlines.acceptance.workingDays", 4));
        policy(
                "410902",
                later,
                Map.of(
                        "money.living.amountFen", 14550,
                        "money.living.tiersFen", Map.of("LEVEL_1", 16000),
                        "process.reviewChain",
                                List.of(
                                        Map.of("step", "TOWNSHIP_CHECK", "office", "TOWNSHIP", "workingDays", 3),
                                        Map.of("step", "FEDERATION_REVIEW", "office", "TOWNSHIP", "workingDays", 2),
                                        Map.of("step", "PUBLIC_NOTICE", "office", "TOWNSHIP", "workingDays", 5),
                                        Map.of(
                                                "step",
                                                "CIVIL_AFFAIRS_DECISION",
                                                "office",
                                                "COUNTY_CIVIL_AFFAIRS",
                                                "workingDays",
                                                5))));

        Guide before = guides.guide(township, Subsidy.LIVING, from);
        Guide after = guides.guide(township, Subsidy.LIVING, later);

        assertThat(before.amounts().baseFen()).isEqualTo(13500);
        assertThat(before.amounts().text().zh()).isEqualTo("每人每月135.00元");
        assertThat(before.timeLimits().acceptanceWorkingDays()).isEqualTo(4);
        assertThat(before.steps())
                .extracting(Guide.Step::step)
                .containsExactly(
                        "SUBMISSION",
                        "ACCEPTANCE",
                        "TOWNSHIP_CHECK",
                        "FEDERATION_REVIEW",
                        "CIVIL_AFFAIRS_DECISION",
                        "NOTIFICATION");
        assertThat(before.steps().get(1).text().zh()).contains("4个工作日");
        assertThat(after.amounts().baseFen()).isEqualTo(14550);
        assertThat(after.amounts().text().en()).isEqualTo("145.50 yuan per person per month");
        assertThat(after.amounts().tiers()).singleElement().satisfies(t -> {
            assertThat(t.fen()).isEqualTo(16000);
            assertThat(t.text().zh()).isEqualTo("一级：每人每月160.00元");
        });
        assertThat(after.timeLimits().decisionWorkingDays()).isEqualTo(10);
        assertThat(after.timeLimits().publicNoticeDays()).isEqualTo(5);
        assertThat(after.steps()).extracting(Guide.Step::step).contains("PUBLIC_NOTICE");
        assertThat(after.steps())
                .filteredOn(s -> s.step().equals("FEDERATION_REVIEW"))
                .singleElement()
                .satisfies(s -> {
                    assertThat(s.office()).isEqualTo("TOWNSHIP");
                    assertThat(s.text().zh()).isEqualTo("乡镇人民政府（街道办事处）审核残疾人证、残疾类别和等级，2个工作日内完成");
                });
        assertThat(policies.asOf(after.policyReference()).amount(Subsidy.LIVING))
                .map(m -> m.fen())
                .contains(14550L);
    }

    @Test
    void aTownshipShowsItsOwnWindowAndItsCountysOffices() {
        RegionCode county = RegionCode.of("410922");
        RegionCode township = RegionCode.of("410922100");
        guides.replaceContent(
                county,
                null,
                Map.of(
                        "TOWNSHIP_WINDOW", Map.of("name", "清丰县各乡镇便民服务中心（测试）", "sms", "10690393000"),
                        "COUNTY_CIVIL_AFFAIRS",
                                Map.of(
                                        "name",
                                        "清丰县民政局（测试）",
                                        "phone",
                                        "0393-00003001",
                                        "onlineMessage",
                                        "https://guide.example.org/410922/message")),
                Map.of("CARE", Map.of("zh", "家中有需要长期照护的重度残疾人，可以申请护理补贴。")),
                "test",
                "test");

        Guide inherited = guides.guide(township, Subsidy.CARE, guides.today());
        assertThat(inherited.offices())
                .extracting(Guide.Office::role)
                .containsExactly(OfficeRole.TOWNSHIP_WINDOW, OfficeRole.COUNTY_CIVIL_AFFAIRS);
        assertThat(inherited.offices().get(0).setBy()).isEqualTo("410922");
        assertThat(inherited.summary().zh()).startsWith("家中有需要长期照护");

        guides.replaceContent(
                township,
                null,
                Map.of("TOWNSHIP_WINDOW", Map.of("name", "清丰县城关镇便民服务中心（测试）", "wechat", "城关镇（测试）")),
                null,
                null,
                "test");

        Guide own = guides.guide(township, Subsidy.CARE, guides.today());
        assertThat(own.offices().get(0).contact().name()).isEqualTo("清丰县城关镇便民服务中心（测试）");
        assertThat(own.offices().get(0).setBy()).isEqualTo("410922100");
        assertThat(own.offices().get(1).setBy()).isEqualTo("410922");
        assertThat(own.summary())
                .as("the township's version does not clear the county's summary")
                .isNotNull();
    }

    @Test
    void theDemoGuideHasTextChannelsAndHenansPolicy() {
        Guide guide = guides.guide(RegionCode.of("410102001"), Subsidy.CARE, guides.today());

        assertThat(guide.amounts().baseFen()).isEqualTo(10000);
        assertThat(guide.offices())
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.contact().sms() != null
                                || o.contact().onlineMessage() != null
                                || o.contact().wechat() != null)
                        .isTrue());
        assertThat(guide.conditions().exclusions())
                .extracting(Guide.Coded::code)
                .containsExactly("EXTREME_POVERTY_SUPPORT", "WORK_INJURY_CARE_ALLOWANCE");
        assertThat(guide.materials())
                .extracting(Guide.Material::material)
                .doesNotContain(MaterialType.ASSISTANCE_STATUS_PROOF);
        assertThat(guide.situations())
                .filteredOn(s -> s.situation() == Situation.AGENT_APPLYING)
                .singleElement()
                .satisfies(s -> assertThat(s.changes())
                        .extracting(Guide.Material::material)
                        .containsExactly(MaterialType.AGENT_AUTHORISATION_AND_ID));
        Guide jianxi = guides.guide(RegionCode.of("410305001"), Subsidy.CARE, guides.today());
        assertThat(jianxi.conditions().extensions())
                .extracting(Guide.Coded::code)
                .containsExactly("LEVELS_3_AND_4_INTELLECTUAL_OR_MENTAL");
    }

    private void policy(String region, LocalDate from, Map<String, Object> settings) {
        policies.create(new NewPolicyVersion(RegionCode.of(region), from, settings, "test"), "test");
    }
}
