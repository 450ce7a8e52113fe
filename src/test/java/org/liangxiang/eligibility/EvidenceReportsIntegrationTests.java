package org.liangxiang.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.StaffAccounts;
import org.liangxiang.account.StaffRole;
import org.liangxiang.guide.MaterialType;
import org.liangxiang.guide.RequiredMaterial;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.guide.Requirement;
import org.liangxiang.intake.Actor;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.intake.ApplicationSubmitted;
import org.liangxiang.intake.DraftForm;
import org.liangxiang.intake.PayeeDetails;
import org.liangxiang.intake.PersonDetails;
import org.liangxiang.intake.SubmittedApplication;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.DisabilityCategory;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.crypto.PersonalData;
import org.liangxiang.shared.event.EventEnvelope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Evidence reports: the staff check and the report on submission. Region owned by this test: 郸城县 411625. */
@IntegrationTest
class EvidenceReportsIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TOWNSHIP = "411625101";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalData personalData;

    @Autowired
    StaffAccounts staff;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EvidenceReports reports;

    @Autowired
    SubmissionListener listener;

    @Autowired
    org.liangxiang.intake.Applications applications;

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    ApplicationMaterials materials;

    @Autowired
    ApplicationSubmissions submissions;

    @Autowired
    RequiredMaterials required;

    FactFixture facts;

    @BeforeEach
    void loaded() {
        facts = tx.execute(s -> new FactFixture(jdbc, personalData, "411625").coverAll());
    }

    ResidentId eligiblePerson() {
        ResidentId person = People.newResidentId();
        tx.executeWithoutResult(s -> {
            facts.certificate(
                    person,
                    DisabilityCategory.PHYSICAL,
                    DisabilityLevel.LEVEL_2,
                    false,
                    LocalDate.of(2021, 5, 1),
                    LocalDate.of(2031, 4, 30),
                    CertificateStatus.VALID,
                    TOWNSHIP);
            facts.fact(
                    person,
                    ReferenceSource.ASSISTANCE_STATUS,
                    "MINIMUM_LIVING_GUARANTEE",
                    LocalDate.of(2022, 1, 1),
                    null,
                    null,
                    null);
        });
        return person;
    }

    @Test
    void aStaffCheckReportsBothSubsidiesWithTheDataAndWhenItWasLoaded() throws Exception {
        ResidentId person = eligiblePerson();
        StaffSession reviewer = StaffSession.signIn(port, staff, tx, StaffRole.FEDERATION_REVIEWER, "411625");

        HttpResponse<String> response =
                reviewer.postJson("/api/eligibility/check", """
                {"residentId": "%s", "certificateNumber": "%s42", "region": "%s"}
                """.formatted(person.value(), person.value(), TOWNSHIP));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(person.value());
        JsonNode body = JSON.readTree(response.body()).get("reports");
        assertThat(body.size()).isEqualTo(2);
        for (JsonNode report : body) {
            assertThat(report.get("summary").asString()).isEqualTo("PASS");
            assertThat(report.get("certificateNumberKnown").asBoolean()).isTrue();
            JsonNode certificate = report.get("rules").get(0);
            assertThat(certificate.get("rule").asString()).isEqualTo("CERTIFICATE_VALID");
            assertThat(certificate.get("explanationEn").asString()).contains("valid certificate");
            assertThat(certificate.get("facts").get(0).get("loadedAt").isNull()).isFalse();
            assertThat(certificate.get("loaded").get(0).get("regionCode").asString())
                    .isEqualTo("411625");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_record WHERE type = 'ELIGIBILITY_CHECKED' AND actor_id = :a")
                        .param("a", reviewer.accountId.toString())
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void aCheckOutsideTheJurisdictionIsRefused() throws Exception {
        StaffSession reviewer = StaffSession.signIn(port, staff, tx, StaffRole.FEDERATION_REVIEWER, "411625");

        HttpResponse<String> response = reviewer.postJson(
                "/api/eligibility/check", """
                {"residentId": "%s", "region": "410102001"}
                """.formatted(People.newResidentId().value()));
        HttpResponse<String> badId = reviewer.postJson("/api/eligibility/check", """
                {"residentId": "110105194912310021", "region": "%s"}
                """.formatted(TOWNSHIP));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(badId.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badId.body()).get("field").asString()).isEqualTo("residentId");
    }

    @Test
    void anApplicationOpenElsewhereIsReportedWithTheFactsItRead() throws Exception {
        ResidentId person = eligiblePerson();
        tx.executeWithoutResult(s -> facts.fact(
                person,
                ReferenceSource.OPEN_APPLICATION_ELSEWHERE,
                "CARE",
                LocalDate.of(2025, 2, 1),
                null,
                null,
                null));
        StaffSession reviewer = StaffSession.signIn(port, staff, tx, StaffRole.FEDERATION_REVIEWER, "411625");

        HttpResponse<String> response =
                reviewer.postJson("/api/eligibility/check", """
                {"residentId": "%s", "region": "%s"}
                """.formatted(person.value(), TOWNSHIP));
        SubmittedApplication submitted = submit(person);
        List<EvidenceReport> made = awaitReports(submitted.id().value(), 2);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(person.value());
        for (JsonNode report : JSON.readTree(response.body()).get("reports")) {
            JsonNode rule = report.get("rules")
                    .valueStream()
                    .filter(r -> r.get("rule").asString().equals("NO_OPEN_APPLICATION_ELSEWHERE"))
                    .findFirst()
                    .orElseThrow();
            if (report.get("subsidy").asString().equals("CARE")) {
                assertThat(report.get("summary").asString()).isEqualTo("FAIL");
                assertThat(rule.get("outcome").asString()).isEqualTo("FAIL");
                assertThat(rule.get("reason").asString()).isEqualTo("OPEN_APPLICATION_ELSEWHERE");
                assertThat(rule.get("explanationEn").asString()).contains("handled there");
                assertThat(rule.get("explanationZh").asString()).contains("商定");
                JsonNode fact = rule.get("facts").get(0);
                assertThat(rule.get("facts").size()).isEqualTo(1);
                assertThat(fact.get("placeCode").asString()).isEqualTo("419001");
                assertThat(fact.get("validFrom").asString()).isEqualTo("2025-02-01");
                assertThat(fact.get("importId").asString())
                        .isEqualTo(facts.importId().toString());
                assertThat(fact.get("loadedAt").isNull()).isFalse();
                assertThat(rule.get("loaded").get(0).get("source").asString()).isEqualTo("OPEN_APPLICATION_ELSEWHERE");
            } else {
                assertThat(report.get("summary").asString()).isEqualTo("PASS");
                assertThat(rule.get("outcome").asString()).isEqualTo("PASS");
            }
        }
        assertThat(made).allSatisfy(r -> {
            RuleResult rule = r.rules().stream()
                    .filter(x -> x.rule() == RuleId.NO_OPEN_APPLICATION_ELSEWHERE)
                    .findFirst()
                    .orElseThrow();
            if (r.subsidy() == Subsidy.CARE) {
                assertThat(r.summary()).isEqualTo(Outcome.FAIL);
                assertThat(rule.reason()).isEqualTo(ReasonCode.OPEN_APPLICATION_ELSEWHERE);
                assertThat(rule.facts()).singleElement().satisfies(f -> {
                    assertThat(f.placeCode()).isEqualTo("419001");
                    assertThat(f.validFrom()).isEqualTo(LocalDate.of(2025, 2, 1));
                    assertThat(f.validTo()).isNull();
                    assertThat(f.importId()).isEqualTo(facts.importId());
                    assertThat(f.loadedAt()).isNotNull();
                });
            } else {
                assertThat(r.summary()).isEqualTo(Outcome.PASS);
                assertThat(rule.outcome()).isEqualTo(Outcome.PASS);
            }
        });
    }

    @Test
    void aSubmissionGetsOneReportPerRequestedSubsidyEvenIfTheEventComesTwice() throws Exception {
        ResidentId person = eligiblePerson();
        SubmittedApplication submitted = submit(person);

        List<EvidenceReport> made = awaitReports(submitted.id().value(), 2);
        listener.on(
                new ApplicationSubmitted(EventEnvelope.of("test", "SYSTEM"), submitted.id(), submitted.subsidies()));

        assertThat(made).extracting(EvidenceReport::subsidy).containsExactlyInAnyOrder(Subsidy.LIVING, Subsidy.CARE);
        assertThat(made).allSatisfy(r -> {
            assertThat(r.summary()).isEqualTo(Outcome.PASS);
            assertThat(r.checkedOn()).isEqualTo(ChinaTime.today());
            assertThat(r.region()).isEqualTo(TOWNSHIP);
            assertThat(r.certificateNumberKnown()).isTrue();
            assertThat(r.policyReference()).isNotBlank();
            assertThat(r.rules()).isNotEmpty();
            assertThat(r.createdAt()).isNotNull();
        });
        assertThat(reports.forApplication(submitted.id().value())).hasSize(2);
        // every column of the set-based insert landed in its place: the person's blind index, the trigger, the actor
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM elig_report WHERE application_id = :a AND resident_index = :i
                           AND trigger = 'SUBMISSION' AND created_by = 'system' AND json_typeof(findings) = 'array'""")
                        .param("a", submitted.id().value())
                        .param("i", personalData.index(PersonalData.RESIDENT_ID, person.value()))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    private SubmittedApplication submit(ResidentId person) {
        return submit(person, "42"); // the number on the register (FactFixture.certificate: physical, level 2)
    }

    private SubmittedApplication submit(ResidentId person, String certificateSuffix) {
        Actor applicant = Actor.applicant(UUID.randomUUID());
        SubmittedApplication draft = drafts.create(
                applicant,
                new DraftForm(
                        new PersonDetails(
                                "李四",
                                person.value(),
                                person.value() + certificateSuffix,
                                "河南省周口市郸城县吴台镇1号",
                                TOWNSHIP,
                                false),
                        null,
                        List.of("LIVING", "CARE"),
                        null,
                        new PayeeDetails("PERSON", "李四", "中国银行周口分行", "6217000010001234567"),
                        null));
        for (MaterialType type : requiredMaterials(draft)) {
            materials.upload(
                    applicant,
                    draft.id(),
                    type.name(),
                    "m.pdf",
                    "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        }
        return submissions.submit(applicant, draft.id());
    }

    @Test
    void reportsOwedBySeveralSubmissionsAreMadeTogetherAuditedAndTheirRowsHandled() throws Exception {
        List<SubmittedApplication> submitted = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // the last one's certificate number is not the register's
            submitted.add(submit(eligiblePerson(), i < 2 ? "42" : "41"));
        }

        for (SubmittedApplication a : submitted) {
            UUID id = a.id().value();
            List<EvidenceReport> made = awaitReports(id, 2);
            boolean onRegister = a != submitted.get(2);
            assertThat(made)
                    .extracting(EvidenceReport::subsidy)
                    .containsExactlyInAnyOrder(Subsidy.LIVING, Subsidy.CARE);
            assertThat(made)
                    .allSatisfy(r -> assertThat(r.certificateNumberKnown()).isEqualTo(onRegister));
            assertThat(jdbc.sql("""
                            SELECT reason FROM audit_record WHERE type = 'ELIGIBILITY_REPORTED' AND object_type = 'APPLICATION'
                               AND object_id = ?""").param(id.toString()).query(String.class).list())
                    .containsExactlyInAnyOrderElementsOf(
                            made.stream().map(r -> "report " + r.id()).toList());
            assertThat(jdbc.sql("SELECT handled_at IS NOT NULL FROM elig_report_due WHERE application_id = ?")
                            .param(id)
                            .query(Boolean.class)
                            .single())
                    .isTrue();
        }
        // made again for all of them at once (an event that came twice): nothing new
        List<EvidenceReports.Owed> again = submitted.stream()
                .map(a -> new EvidenceReports.Owed(
                        a.id().value(),
                        applications.person(a.id()).residentId(),
                        null,
                        RegionCode.of(TOWNSHIP),
                        ChinaTime.today(),
                        a.subsidies()))
                .toList();
        assertThat(reports.onSubmissions(again)).isEmpty();
        for (SubmittedApplication a : submitted) {
            assertThat(reports.forApplication(a.id().value())).hasSize(2);
        }
    }

    private Set<MaterialType> requiredMaterials(SubmittedApplication a) {
        Set<MaterialType> types = EnumSet.noneOf(MaterialType.class);
        for (RequiredMaterial m :
                required.forApplication(RegionCode.of(TOWNSHIP), a.subsidies(), Set.of(), ChinaTime.today())) {
            if (m.requirement() == Requirement.REQUIRED) {
                types.add(m.material());
            }
        }
        return types;
    }

    private List<EvidenceReport> awaitReports(UUID applicationId, int count) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            List<EvidenceReport> found = reports.forApplication(applicationId);
            if (found.size() >= count) {
                return found;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no reports for " + applicationId);
    }
}
