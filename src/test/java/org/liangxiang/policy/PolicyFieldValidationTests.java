package org.liangxiang.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.shared.InvalidValueException;
import tools.jackson.databind.json.JsonMapper;

/** Every setting is checked on the way in; a refusal names the field's key and the rule. */
class PolicyFieldValidationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest(name = "{0} = {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            money.living.amountFen         | -1                       | POLICY_OUT_OF_RANGE
            money.living.amountFen         | 60.5                     | POLICY_INTEGER_REQUIRED
            money.living.amountFen         | "6000"                   | POLICY_INTEGER_REQUIRED
            money.care.amountFen           | 100000001                | POLICY_OUT_OF_RANGE
            money.care.tiersFen            | {"LEVEL_5": 100}         | POLICY_TIER_LEVEL_UNKNOWN
            money.care.tiersFen            | {"LEVEL_1": -5}          | POLICY_OUT_OF_RANGE
            money.care.tiersFen            | [8000]                   | POLICY_OBJECT_REQUIRED
            money.living.fundingShares     | {"province": 30, "city": 30, "county": 30} | POLICY_SHARES_SUM_100
            money.living.fundingShares     | {"province": 50, "county": 50}             | POLICY_SHARES_MEMBERS
            money.living.fundingShares     | {"province": -10, "city": 60, "county": 50} | POLICY_OUT_OF_RANGE
            money.paymentFrequency         | "WEEKLY"                 | POLICY_VALUE_UNKNOWN
            money.paymentStart             | 1                        | POLICY_VALUE_UNKNOWN
            money.renewalBackPayCapMonths  | 25                       | POLICY_OUT_OF_RANGE
            eligibility.living.exclusions  | ["EXTREME_POVERTY_SUPPORT"] | POLICY_EXCLUSIONS_KEEP_NATIONAL
            eligibility.care.exclusions    | ["EXTREME_POVERTY_SUPPORT", "RETIRED_CADRE_CARE_ALLOWANCE"] | POLICY_EXCLUSIONS_KEEP_NATIONAL
            eligibility.living.extensions  | ["NEAR_POVERTY", "NEAR_POVERTY"] | POLICY_DUPLICATE
            eligibility.living.extensions  | "NEAR_POVERTY"           | POLICY_LIST_REQUIRED
            eligibility.care.levels3And4IntellectualOrMental | "yes" | POLICY_BOOLEAN_REQUIRED
            process.reviewChain            | []                       | POLICY_REVIEW_STEP_MISSING
            process.reviewChain            | [{"step": "FEDERATION_REVIEW", "office": "COUNTY_FEDERATION", "workingDays": 3}, {"step": "TOWNSHIP_CHECK", "office": "TOWNSHIP", "workingDays": 3}, {"step": "CIVIL_AFFAIRS_DECISION", "office": "COUNTY_CIVIL_AFFAIRS", "workingDays": 4}] | POLICY_REVIEW_CHAIN_ORDER
            process.reviewChain            | [{"step": "TOWNSHIP_CHECK", "office": "TOWNSHIP", "workingDays": 3}, {"step": "FEDERATION_REVIEW", "office": "COUNTY_FEDERATION", "workingDays": 3}, {"step": "CIVIL_AFFAIRS_DECISION", "office": "COUNTY_CIVIL_AFFAIRS", "workingDays": 4}, {"step": "PUBLIC_NOTICE", "office": "TOWNSHIP", "workingDays": 5}] | POLICY_REVIEW_CHAIN_ORDER
            process.reviewChain            | [{"step": "TOWNSHIP_CHECK", "office": "TOWNSHIP", "workingDays": 0}, {"step": "FEDERATION_REVIEW", "office": "COUNTY_FEDERATION", "workingDays": 3}, {"step": "CIVIL_AFFAIRS_DECISION", "office": "COUNTY_CIVIL_AFFAIRS", "workingDays": 4}] | POLICY_OUT_OF_RANGE
            process.reviewChain            | [{"step": "TOWNSHIP_CHECK", "office": "TOWNSHIP", "workingDays": 3}, {"step": "TOWNSHIP_CHECK", "office": "TOWNSHIP", "workingDays": 3}, {"step": "FEDERATION_REVIEW", "office": "COUNTY_FEDERATION", "workingDays": 3}, {"step": "CIVIL_AFFAIRS_DECISION", "office": "COUNTY_CIVIL_AFFAIRS", "workingDays": 4}] | POLICY_REVIEW_STEP_REPEATED
            process.reviewChain            | [{"step": "TOWNSHIP_CHECK", "office": "VILLAGE", "workingDays": 3}] | POLICY_VALUE_UNKNOWN
            process.publicNotice.pausesDecisionClock | null-like | POLICY_BOOLEAN_REQUIRED
            deadlines.acceptance.workingDays | 0                      | POLICY_OUT_OF_RANGE
            deadlines.correction.workingDays | 121                    | POLICY_OUT_OF_RANGE
            supervision.decisionOnTimeThresholdPercent | 101          | POLICY_OUT_OF_RANGE
            no.such.setting                | 1                        | POLICY_KEY_UNKNOWN
            """)
    void refusesABadValueNamingTheFieldAndTheRule(String key, String json, String rule) {
        Object value = json.equals("null-like") ? "null" : JSON.readValue(json, Object.class);
        Map<String, Object> settings = Map.of(key, value);

        assertThatThrownBy(() -> Policies.canonical(settings))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.field()).isEqualTo(key);
                    assertThat(e.rule()).isEqualTo(rule);
                    assertThat(e.messageZh()).isNotBlank();
                    assertThat(e.messageEn()).isNotBlank();
                });
    }

    @ParameterizedTest(name = "{0} = {1} is stored as {2}")
    @CsvSource(delimiter = '|', textBlock = """
            money.living.amountFen         | 12000                    | 12000
            money.living.amountFen         | 12000.0                  | 12000
            money.care.tiersFen            | {"LEVEL_2": 8000, "LEVEL_1": 10000} | {"LEVEL_1":10000,"LEVEL_2":8000}
            money.living.fundingShares     | {"county": 40, "city": 30, "province": 30} | {"province":30,"city":30,"county":40}
            eligibility.living.extensions  | ["LOW_INCOME", "NEAR_POVERTY"] | ["NEAR_POVERTY","LOW_INCOME"]
            eligibility.care.exclusions    | ["WORK_RELATED_DISABILITY_LEVELS_1_TO_4", "WORK_INJURY_CARE_ALLOWANCE", "EXTREME_POVERTY_SUPPORT"] | ["EXTREME_POVERTY_SUPPORT","WORK_INJURY_CARE_ALLOWANCE","WORK_RELATED_DISABILITY_LEVELS_1_TO_4"]
            process.reviewChain            | [{"step": "TOWNSHIP_CHECK", "office": "TOWNSHIP", "workingDays": 4}, {"step": "FEDERATION_REVIEW", "office": "TOWNSHIP", "workingDays": 2}, {"step": "PUBLIC_NOTICE", "office": "TOWNSHIP", "workingDays": 5}, {"step": "CIVIL_AFFAIRS_DECISION", "office": "COUNTY_CIVIL_AFFAIRS", "workingDays": 4}] | [{"step":"TOWNSHIP_CHECK","office":"TOWNSHIP","workingDays":4},{"step":"FEDERATION_REVIEW","office":"TOWNSHIP","workingDays":2},{"step":"PUBLIC_NOTICE","office":"TOWNSHIP","workingDays":5},{"step":"CIVIL_AFFAIRS_DECISION","office":"COUNTY_CIVIL_AFFAIRS","workingDays":4}]
            """)
    void storesAValidValueInItsCanonicalForm(String key, String json, String canonical) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put(key, JSON.readValue(json, Object.class));

        Object stored = Policies.canonical(settings).get(key);

        assertThat(JSON.writeValueAsString(stored)).isEqualTo(canonical);
    }

    @org.junit.jupiter.api.Test
    void nullClearsTheRegionsValue() {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("money.living.amountFen", null);

        assertThat(Policies.canonical(settings)).containsEntry("money.living.amountFen", null);
    }

    @org.junit.jupiter.api.Test
    void everyNationalDefaultPassesItsOwnRules() {
        for (PolicyField<?> field : PolicyFields.all()) {
            Object json = writeDefault(field);
            if (json != null) {
                assertThat(field.canonical(json)).as(field.key()).isEqualTo(json);
            }
        }
    }

    private static <T> Object writeDefault(PolicyField<T> field) {
        return field.write(field.nationalDefault());
    }
}
