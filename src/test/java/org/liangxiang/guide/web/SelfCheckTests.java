package org.liangxiang.guide.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.guide.web.SelfCheck.Answer;
import org.liangxiang.guide.web.SelfCheck.Answers;
import org.liangxiang.guide.web.SelfCheck.Fit;
import org.liangxiang.guide.web.SelfCheck.Household;
import org.liangxiang.guide.web.SelfCheck.Rules;
import org.liangxiang.policy.Exclusion;
import org.liangxiang.policy.LivingExtension;
import org.liangxiang.shared.DisabilityCategory;
import org.liangxiang.shared.DisabilityLevel;

/** The self-check's answers, one row per case, against national rules or a region's extensions (国发〔2015〕52号). */
class SelfCheckTests {

    static final Set<Exclusion> NATIONAL_LIVING = EnumSet.of(
            Exclusion.EXTREME_POVERTY_SUPPORT, Exclusion.WORK_INJURY_CARE_ALLOWANCE, Exclusion.ORPHAN_GUARANTEE);
    static final Set<Exclusion> NATIONAL_CARE =
            EnumSet.of(Exclusion.EXTREME_POVERTY_SUPPORT, Exclusion.WORK_INJURY_CARE_ALLOWANCE);

    static Rules rules(boolean extended) {
        return new Rules(
                extended ? EnumSet.of(LivingExtension.NEAR_POVERTY) : EnumSet.noneOf(LivingExtension.class),
                extended,
                NATIONAL_LIVING,
                NATIONAL_CARE);
    }

    @ParameterizedTest(
            name = "certificate {0}, {1} {2}, {3}, care {4}, receives {5}, extended {6}: living {7}, care {8}")
    @CsvSource({
        // the core targets
        "YES,    LEVEL_1, PHYSICAL,     MINIMUM_LIVING_GUARANTEE, YES,    ,                           false, MAY_FIT,  MAY_FIT",
        "YES,    LEVEL_2, VISUAL,       NONE,                     YES,    ,                           false, UNLIKELY, MAY_FIT",
        "YES,    LEVEL_4, HEARING,      MINIMUM_LIVING_GUARANTEE, NO,     ,                           false, MAY_FIT,  UNLIKELY",
        // no certificate: neither; unsure: at best unclear
        "NO,     ,        ,             MINIMUM_LIVING_GUARANTEE, YES,    ,                           false, UNLIKELY, UNLIKELY",
        "UNSURE, LEVEL_1, PHYSICAL,     MINIMUM_LIVING_GUARANTEE, YES,    ,                           false, UNCLEAR,  UNCLEAR",
        // a region's extensions: near-poverty households, levels 3-4 intellectual or mental
        "YES,    LEVEL_3, INTELLECTUAL, NEAR_POVERTY,             YES,    ,                           true,  MAY_FIT,  MAY_FIT",
        "YES,    LEVEL_3, INTELLECTUAL, NEAR_POVERTY,             YES,    ,                           false, UNLIKELY, UNLIKELY",
        "YES,    LEVEL_4, MULTIPLE,     LOW_INCOME,               YES,    ,                           true,  UNLIKELY, UNCLEAR",
        "YES,    LEVEL_3, PHYSICAL,     MINIMUM_LIVING_GUARANTEE, YES,    ,                           true,  MAY_FIT,  UNLIKELY",
        // exclusions: 特困 support excludes both; work-injury care allowance both; orphan guarantee the living one
        "YES,    LEVEL_1, MENTAL,       EXTREME_POVERTY_SUPPORT,  YES,    ,                           false, UNLIKELY, UNLIKELY",
        "YES,    LEVEL_1, MENTAL,       MINIMUM_LIVING_GUARANTEE, YES,    WORK_INJURY_CARE_ALLOWANCE, false, UNLIKELY, UNLIKELY",
        "YES,    LEVEL_1, MENTAL,       MINIMUM_LIVING_GUARANTEE, YES,    ORPHAN_GUARANTEE,           false, UNLIKELY, MAY_FIT",
        // not sure about the household, the level or the need for care
        "YES,    LEVEL_2, SPEECH,       UNSURE,                   UNSURE, ,                           false, UNCLEAR,  UNCLEAR",
        "YES,    ,        ,             MINIMUM_LIVING_GUARANTEE, YES,    ,                           true,  MAY_FIT,  UNCLEAR",
    })
    void assessesEachSubsidyByTheRulesInForce(
            Answer certificate,
            DisabilityLevel level,
            DisabilityCategory category,
            Household household,
            Answer care,
            Exclusion receives,
            boolean extended,
            Fit living,
            Fit careFit) {
        Answers answers = new Answers(
                certificate,
                level,
                category,
                household,
                care,
                receives == null ? EnumSet.noneOf(Exclusion.class) : EnumSet.of(receives),
                false);

        assertThat(SelfCheck.living(answers, rules(extended)).fit()).isEqualTo(living);
        assertThat(SelfCheck.care(answers, rules(extended)).fit()).isEqualTo(careFit);
    }

    @org.junit.jupiter.api.Test
    void everyAnswerExplainsItself() {
        Answers answers = new Answers(
                Answer.YES,
                DisabilityLevel.LEVEL_3,
                DisabilityCategory.MENTAL,
                Household.LOW_INCOME,
                Answer.YES,
                EnumSet.noneOf(Exclusion.class),
                false);

        SelfCheck.assess(answers, rules(false))
                .forEach(result -> assertThat(result.reasons())
                        .isNotEmpty()
                        .allMatch(r -> r.startsWith("guide.selfCheck.reason.")));
    }

    @org.junit.jupiter.api.Test
    void theFormAsksOnlyAboutTheExclusionsInForceButExtremePovertySupport() {
        Rules regional = new Rules(
                EnumSet.noneOf(LivingExtension.class),
                false,
                EnumSet.of(Exclusion.EXTREME_POVERTY_SUPPORT, Exclusion.WORK_RELATED_DISABILITY_LEVELS_1_TO_4),
                NATIONAL_CARE);

        assertThat(regional.askedAbout())
                .containsExactlyInAnyOrder(
                        Exclusion.WORK_RELATED_DISABILITY_LEVELS_1_TO_4, Exclusion.WORK_INJURY_CARE_ALLOWANCE);
    }
}
