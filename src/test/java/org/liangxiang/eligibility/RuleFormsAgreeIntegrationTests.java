package org.liangxiang.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.IntegrationTest;
import org.liangxiang.policy.NewPolicyVersion;
import org.liangxiang.policy.Policies;
import org.liangxiang.policy.PolicyInForce;
import org.liangxiang.shared.DisabilityCategory;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rule table (docs/eligibility.md, "Rules"): every case runs through both forms of every rule, the per-person
 * check and the set-based SQL, which must give identical findings for both subsidies; the row's cited rule must give
 * the expected answer ({@code NONE}: the rule is not in force there).
 *
 * <p>Regions owned by this test: 川汇区 411602 (every source loaded): 411602001 with the extensions on (低保边缘 and
 * 低收入, care levels 3-4 intellectual/mental, regional exclusions, amounts 100/120 yuan, level 1 care tier 150),
 * 411602002 with Henan's defaults, 411602003 with "other hardship", 411602004 with 低保边缘 only; 淮阳区 411603001 with
 * nothing loaded.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuleFormsAgreeIntegrationTests {

    static final Map<String, String> TOWNSHIPS = Map.of(
            "ON",
            "411602001",
            "OFF",
            "411602002",
            "HARDSHIP",
            "411602003",
            "NEAR",
            "411602004",
            "UNLOADED",
            "411603001");

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalData personalData;

    @Autowired
    Policies policies;

    @Autowired
    Rules rules;

    @Autowired
    ReferenceData referenceData;

    @Autowired
    SetBasedRules setBased;

    @Autowired
    TransactionTemplate tx;

    FactFixture facts;
    LocalDate on;

    @BeforeAll
    void regions() {
        LocalDate from = policies.today().plusMonths(1).withDayOfMonth(1);
        on = from.plusMonths(1).plusDays(14);
        policies.create(
                new NewPolicyVersion(
                        RegionCode.of("411602001"),
                        from,
                        Map.of(
                                "eligibility.living.extensions", List.of("NEAR_POVERTY", "LOW_INCOME"),
                                "eligibility.care.levels3And4IntellectualOrMental", true,
                                "eligibility.living.exclusions",
                                        List.of(
                                                "EXTREME_POVERTY_SUPPORT",
                                                "WORK_INJURY_CARE_ALLOWANCE",
                                                "ORPHAN_GUARANTEE",
                                                "WORK_RELATED_DISABILITY_LEVELS_1_TO_4"),
                                "eligibility.care.exclusions",
                                        List.of(
                                                "EXTREME_POVERTY_SUPPORT",
                                                "WORK_INJURY_CARE_ALLOWANCE",
                                                "RETIRED_CADRE_CARE_ALLOWANCE"),
                                "money.living.amountFen", 10000,
                                "money.care.amountFen", 12000,
                                "money.care.tiersFen", Map.of("LEVEL_1", 15000)),
                        "测试：扩展全开"),
                "test");
        policies.create(
                new NewPolicyVersion(
                        RegionCode.of("411602003"),
                        from,
                        Map.of("eligibility.living.extensions", List.of("OTHER_HARDSHIP")),
                        "测试：其他困难"),
                "test");
        policies.create(
                new NewPolicyVersion(
                        RegionCode.of("411602004"),
                        from,
                        Map.of("eligibility.living.extensions", List.of("NEAR_POVERTY")),
                        "测试：仅低保边缘"),
                "test");
        facts = new FactFixture(jdbc, personalData, "411602").coverAll();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case (rule cited)                                    | where    | facts                                              | subsidy | rule                             | expected
            52号: level 1 certificate qualifies for care           | OFF      | cert:PHYSICAL:1                                    | CARE    | CARE_NEEDS_SEVERE_DISABILITY      | PASS
            52号: level 3 physical does not                        | OFF      | cert:PHYSICAL:3                                    | CARE    | CARE_NEEDS_SEVERE_DISABILITY      | FAIL:DISABILITY_NOT_SEVERE
            care extension off: level 3 mental does not            | OFF      | cert:MENTAL:3                                      | CARE    | CARE_NEEDS_SEVERE_DISABILITY      | FAIL:DISABILITY_NOT_SEVERE
            care extension on: level 3 mental qualifies            | ON       | cert:MENTAL:3                                      | CARE    | CARE_NEEDS_SEVERE_DISABILITY      | PASS
            care extension on: level 4 intellectual qualifies      | ON       | cert:INTELLECTUAL:4                                | CARE    | CARE_NEEDS_SEVERE_DISABILITY      | PASS
            care extension on: multiple incl. mental qualifies     | ON       | cert:MULTIPLE:3:im                                 | CARE    | CARE_NEEDS_SEVERE_DISABILITY      | PASS
            care extension on: multiple without them does not      | ON       | cert:MULTIPLE:3                                    | CARE    | CARE_NEEDS_SEVERE_DISABILITY      | FAIL:DISABILITY_NOT_SEVERE
            care extension on: level 3 physical still does not     | ON       | cert:PHYSICAL:3                                    | CARE    | CARE_NEEDS_SEVERE_DISABILITY      | FAIL:DISABILITY_NOT_SEVERE
            no certificate: severity cannot be judged              | OFF      | status:MINIMUM_LIVING_GUARANTEE                    | CARE    | CARE_NEEDS_SEVERE_DISABILITY      | CANNOT_TELL:VALID_CERTIFICATE
            52号: a certificate is required                        | OFF      | status:MINIMUM_LIVING_GUARANTEE                    | LIVING  | CERTIFICATE_VALID                 | FAIL:NO_VALID_CERTIFICATE
            70号: certificate expiring this month still counts     | OFF      | certThisMonth:PHYSICAL:1                           | CARE    | CERTIFICATE_VALID                 | PASS
            70号: certificate that expired last month does not     | OFF      | certLastMonth:PHYSICAL:1                           | CARE    | CERTIFICATE_VALID                 | FAIL:CERTIFICATE_EXPIRED
            a cancelled certificate does not count                 | OFF      | certCancelled:PHYSICAL:1                           | CARE    | CERTIFICATE_VALID                 | FAIL:NO_VALID_CERTIFICATE
            52号: 低保 qualifies for living                        | OFF      | cert:PHYSICAL:2;status:MINIMUM_LIVING_GUARANTEE    | LIVING  | LIVING_NEEDS_QUALIFYING_STATUS    | PASS
            低保 that has ended does not                           | OFF      | cert:PHYSICAL:2;statusEnded:MINIMUM_LIVING_GUARANTEE | LIVING | LIVING_NEEDS_QUALIFYING_STATUS   | FAIL:NO_QUALIFYING_STATUS
            低保边缘 family, extension off                         | OFF      | cert:PHYSICAL:2;status:NEAR_POVERTY                | LIVING  | LIVING_NEEDS_QUALIFYING_STATUS    | FAIL:NO_QUALIFYING_STATUS
            低保边缘 family, extension on                          | ON       | cert:PHYSICAL:2;status:NEAR_POVERTY                | LIVING  | LIVING_NEEDS_QUALIFYING_STATUS    | PASS
            低收入 family, extension off                           | OFF      | cert:PHYSICAL:2;status:LOW_INCOME                  | LIVING  | LIVING_NEEDS_QUALIFYING_STATUS    | FAIL:NO_QUALIFYING_STATUS
            低收入 family, extension on                            | ON       | cert:PHYSICAL:2;status:LOW_INCOME                  | LIVING  | LIVING_NEEDS_QUALIFYING_STATUS    | PASS
            低保边缘 family, only that extension on                | NEAR     | cert:PHYSICAL:2;status:NEAR_POVERTY                | LIVING  | LIVING_NEEDS_QUALIFYING_STATUS    | PASS
            低收入 family, only 低保边缘 extended                  | NEAR     | cert:PHYSICAL:2;status:LOW_INCOME                  | LIVING  | LIVING_NEEDS_QUALIFYING_STATUS    | FAIL:NO_QUALIFYING_STATUS
            other hardship on: staff assess it                     | HARDSHIP | cert:PHYSICAL:2                                    | LIVING  | LIVING_NEEDS_QUALIFYING_STATUS    | CANNOT_TELL:OTHER_HARDSHIP_ASSESSMENT
            52号: 特困 excludes living                             | OFF      | cert:PHYSICAL:1;status:EXTREME_POVERTY_SUPPORT     | LIVING  | NOT_IN_EXTREME_POVERTY_SUPPORT    | FAIL:IN_EXTREME_POVERTY_SUPPORT
            52号: 特困 excludes care                               | OFF      | cert:PHYSICAL:1;status:EXTREME_POVERTY_SUPPORT     | CARE    | NOT_IN_EXTREME_POVERTY_SUPPORT    | FAIL:IN_EXTREME_POVERTY_SUPPORT
            52号: 工伤 care allowance excludes living              | OFF      | cert:PHYSICAL:1;injury                             | LIVING  | NOT_RECEIVING_WORK_INJURY_CARE    | FAIL:RECEIVES_WORK_INJURY_CARE
            52号: 工伤 care allowance excludes care                | OFF      | cert:PHYSICAL:1;injury                             | CARE    | NOT_RECEIVING_WORK_INJURY_CARE    | FAIL:RECEIVES_WORK_INJURY_CARE
            70号: orphan guarantee excludes living                 | OFF      | cert:PHYSICAL:1;orphan                             | LIVING  | NOT_RECEIVING_ORPHAN_GUARANTEE    | FAIL:RECEIVES_ORPHAN_GUARANTEE
            orphan guarantee does not exclude care                 | OFF      | cert:PHYSICAL:1;orphan                             | CARE    | NOT_RECEIVING_ORPHAN_GUARANTEE    | NONE
            no orphan guarantee: passes                            | OFF      | cert:PHYSICAL:1                                    | LIVING  | NOT_RECEIVING_ORPHAN_GUARANTEE    | PASS
            regional exclusion 因公致残 on                          | ON       | cert:PHYSICAL:1;allowance:WORK_RELATED_DISABILITY_CARE_ALLOWANCE:5000 | LIVING | NOT_WORK_RELATED_DISABILITY | FAIL:EXCLUDED_BY_REGIONAL_RULE
            regional exclusion 因公致残 off                         | OFF      | cert:PHYSICAL:1;allowance:WORK_RELATED_DISABILITY_CARE_ALLOWANCE:5000 | LIVING | NOT_WORK_RELATED_DISABILITY | NONE
            regional exclusion 离休护理费 on for care               | ON       | cert:PHYSICAL:1;allowance:RETIRED_CADRE_CARE_ALLOWANCE:5000 | CARE | NOT_RECEIVING_RETIRED_CADRE_CARE   | FAIL:EXCLUDED_BY_REGIONAL_RULE
            a person recorded dead                                 | OFF      | cert:PHYSICAL:1;death                              | CARE    | NOT_DECEASED                      | FAIL:DECEASED
            a person not recorded dead                             | OFF      | cert:PHYSICAL:1                                    | CARE    | NOT_DECEASED                      | PASS
            an entitlement elsewhere                               | OFF      | cert:PHYSICAL:1;elsewhere:CARE                     | CARE    | NOT_PAID_ELSEWHERE                | FAIL:ALREADY_RECEIVING
            an entitlement elsewhere to the other subsidy          | OFF      | cert:PHYSICAL:1;elsewhere:CARE                     | LIVING  | NOT_PAID_ELSEWHERE                | PASS
            already receiving here                                 | OFF      | cert:PHYSICAL:1;here:LIVING                        | LIVING  | NOT_ALREADY_RECEIVING             | FAIL:ALREADY_RECEIVING
            an application open elsewhere                          | OFF      | cert:PHYSICAL:1;openElsewhere:CARE                 | CARE    | NO_OPEN_APPLICATION_ELSEWHERE     | FAIL:OPEN_APPLICATION_ELSEWHERE
            an application open elsewhere for the other subsidy    | OFF      | cert:PHYSICAL:1;openElsewhere:CARE                 | LIVING  | NO_OPEN_APPLICATION_ELSEWHERE     | PASS
            an application elsewhere opened on the date            | OFF      | cert:PHYSICAL:1;openElsewhereToday:LIVING          | LIVING  | NO_OPEN_APPLICATION_ELSEWHERE     | FAIL:OPEN_APPLICATION_ELSEWHERE
            an application elsewhere open through the date         | OFF      | cert:PHYSICAL:1;openElsewhereLastDay:LIVING        | LIVING  | NO_OPEN_APPLICATION_ELSEWHERE     | FAIL:OPEN_APPLICATION_ELSEWHERE
            an application elsewhere closed before the date        | OFF      | cert:PHYSICAL:1;openElsewhereClosed:CARE           | CARE    | NO_OPEN_APPLICATION_ELSEWHERE     | PASS
            an application elsewhere opened after the date         | OFF      | cert:PHYSICAL:1;openElsewhereLater:CARE            | CARE    | NO_OPEN_APPLICATION_ELSEWHERE     | PASS
            nothing loaded: an open application elsewhere cannot be told | UNLOADED | cert:PHYSICAL:1                             | CARE    | NO_OPEN_APPLICATION_ELSEWHERE     | CANNOT_TELL:OPEN_APPLICATION_ELSEWHERE_DATA
            nothing loaded, yet an application open elsewhere      | UNLOADED | openElsewhere:LIVING                               | LIVING  | NO_OPEN_APPLICATION_ELSEWHERE     | FAIL:OPEN_APPLICATION_ELSEWHERE
            52号 择高: a higher old-age care allowance             | OFF      | cert:PHYSICAL:1;allowance:OLD_AGE_CARE_ALLOWANCE:9000 | CARE | HIGHER_OF_SIMILAR_ALLOWANCE      | FAIL:HIGHER_SIMILAR_ALLOWANCE
            择高: lower than the level 1 tier                      | ON       | cert:PHYSICAL:1;allowance:OLD_AGE_CARE_ALLOWANCE:12000 | CARE | HIGHER_OF_SIMILAR_ALLOWANCE     | PASS
            择高: equal to the base amount for level 2             | ON       | cert:PHYSICAL:2;allowance:OLD_AGE_CARE_ALLOWANCE:12000 | CARE | HIGHER_OF_SIMILAR_ALLOWANCE     | FAIL:HIGHER_SIMILAR_ALLOWANCE
            择高: the higher of two allowances counts              | ON       | cert:PHYSICAL:1;allowance:OLD_AGE_CARE_ALLOWANCE:9000;allowance:WORK_RELATED_DISABILITY_CARE_ALLOWANCE:16000 | CARE | HIGHER_OF_SIMILAR_ALLOWANCE | FAIL:HIGHER_SIMILAR_ALLOWANCE
            择高: an allowance of the other kind                   | ON       | cert:PHYSICAL:2;allowance:OLD_AGE_CARE_ALLOWANCE:12000 | LIVING | HIGHER_OF_SIMILAR_ALLOWANCE   | PASS
            择高: the allowance's amount is unknown                | ON       | cert:PHYSICAL:2;allowance:OLD_AGE_ALLOWANCE:-      | LIVING  | HIGHER_OF_SIMILAR_ALLOWANCE       | CANNOT_TELL:AMOUNTS
            nothing loaded: the certificate cannot be told         | UNLOADED |                                                    | CARE    | CERTIFICATE_VALID                 | CANNOT_TELL:CERTIFICATE_DATA
            nothing loaded: death cannot be told                   | UNLOADED |                                                    | LIVING  | NOT_DECEASED                      | CANNOT_TELL:DEATH_DATA
            nothing loaded: 特困 cannot be told                    | UNLOADED |                                                    | LIVING  | NOT_IN_EXTREME_POVERTY_SUPPORT    | CANNOT_TELL:ASSISTANCE_DATA
            nothing loaded, yet a fact of the source is there      | UNLOADED | status:MINIMUM_LIVING_GUARANTEE                    | LIVING  | LIVING_NEEDS_QUALIFYING_STATUS    | PASS
            """)
    void bothFormsGiveTheSameFindings(
            String description, String where, String factSpec, Subsidy subsidy, RuleId rule, String expected) {
        String township = TOWNSHIPS.get(where);
        ResidentId person = People.newResidentId();
        tx.executeWithoutResult(s -> write(person, factSpec == null ? "" : factSpec, township));

        PolicyInForce policy = policies.inForce(RegionCode.of(township), on);
        PersonFacts personFacts = referenceData.of(person, RegionCode.of(township));
        Map<Subsidy, List<Finding>> perPerson = Map.of(
                Subsidy.LIVING, rules.check(Subsidy.LIVING, personFacts, policy, on),
                Subsidy.CARE, rules.check(Subsidy.CARE, personFacts, policy, on));
        List<Map<Subsidy, List<Finding>>> setBasedFindings = tx.execute(s -> {
            setBased.begin();
            setBased.add(
                    List.of(new Subject(1, personalData.index(PersonalData.RESIDENT_ID, person.value()), township)));
            setBased.resolvePolicies(on);
            return List.of(
                    setBased.evaluate(on).get(1L),
                    setBased.evaluate(on, Rechecks.PROPOSING).get(1L));
        });

        assertThat(setBasedFindings.get(0)).isEqualTo(perPerson);
        for (Subsidy each : Subsidy.values()) {
            assertThat(setBasedFindings.get(1).get(each))
                    .as("the re-check's rules alone, over the facts of their sources only")
                    .isEqualTo(perPerson.get(each).stream()
                            .filter(f -> Rechecks.PROPOSING.stream().anyMatch(r -> r.id() == f.rule()))
                            .toList());
        }
        Optional<String> cited = perPerson.get(subsidy).stream()
                .filter(f -> f.rule() == rule)
                .map(Finding::code)
                .findFirst();
        assertThat(cited.orElse("NONE")).as(description).isEqualTo(expected);
    }

    private void write(ResidentId person, String spec, String township) {
        for (String token : spec.split(";")) {
            if (token.isBlank()) {
                continue;
            }
            String[] p = token.strip().split(":");
            LocalDate monthStart = on.withDayOfMonth(1);
            switch (p[0]) {
                case "cert", "certThisMonth", "certLastMonth", "certCancelled" ->
                    facts.certificate(
                            person,
                            DisabilityCategory.valueOf(p[1]),
                            DisabilityLevel.valueOf("LEVEL_" + p[2]),
                            p.length > 3 && p[3].equals("im"),
                            LocalDate.of(2020, 3, 1),
                            switch (p[0]) {
                                case "certThisMonth" -> monthStart;
                                case "certLastMonth" -> monthStart.minusDays(1);
                                default -> on.plusYears(5);
                            },
                            p[0].equals("certCancelled") ? CertificateStatus.CANCELLED : CertificateStatus.VALID,
                            township);
                case "status" -> fact(person, ReferenceSource.ASSISTANCE_STATUS, p[1], null, null);
                case "statusEnded" ->
                    facts.fact(
                            person,
                            ReferenceSource.ASSISTANCE_STATUS,
                            p[1],
                            LocalDate.of(2019, 1, 1),
                            on.minusMonths(2),
                            null,
                            null);
                case "death" -> facts.fact(person, ReferenceSource.DEATH, "", on.minusDays(10), null, null, null);
                case "injury" -> fact(person, ReferenceSource.WORK_INJURY_CARE, "", null, null);
                case "orphan" -> fact(person, ReferenceSource.ORPHAN_GUARANTEE, "", null, null);
                case "allowance" ->
                    fact(
                            person,
                            ReferenceSource.SIMILAR_ALLOWANCE,
                            p[1],
                            p[2].equals("-") ? null : Long.valueOf(p[2]),
                            null);
                case "elsewhere" -> fact(person, ReferenceSource.BENEFICIARY_ELSEWHERE, p[1], null, null);
                case "here" -> fact(person, ReferenceSource.BENEFICIARY, p[1], null, township);
                case "openElsewhere" -> openElsewhere(person, p[1], LocalDate.of(2020, 1, 1), null);
                case "openElsewhereToday" -> openElsewhere(person, p[1], on, null);
                case "openElsewhereLastDay" -> openElsewhere(person, p[1], LocalDate.of(2020, 1, 1), on.plusDays(1));
                case "openElsewhereClosed" -> openElsewhere(person, p[1], LocalDate.of(2020, 1, 1), on);
                case "openElsewhereLater" -> openElsewhere(person, p[1], on.plusDays(1), null);
                default -> throw new IllegalArgumentException("unknown fact " + token);
            }
        }
    }

    /** An application open elsewhere from {@code from} until {@code to} (exclusive: the first day it is closed). */
    private void openElsewhere(ResidentId person, String subsidy, LocalDate from, LocalDate to) {
        facts.fact(person, ReferenceSource.OPEN_APPLICATION_ELSEWHERE, subsidy, from, to, null, null);
    }

    private void fact(ResidentId person, ReferenceSource source, String kind, Long amount, String township) {
        facts.fact(person, source, kind, LocalDate.of(2020, 1, 1), null, amount, township);
    }
}
