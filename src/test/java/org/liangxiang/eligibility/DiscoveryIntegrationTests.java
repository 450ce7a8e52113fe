package org.liangxiang.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.StaffAccounts;
import org.liangxiang.account.StaffRole;
import org.liangxiang.guide.RequiredMaterial;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.guide.Requirement;
import org.liangxiang.intake.Actor;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationStatus;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.intake.Applications;
import org.liangxiang.intake.Channel;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proactive discovery and the outreach API. Region owned by this test: 太康县 411627 (townships 411627101 and
 * 411627102).
 */
@IntegrationTest
class DiscoveryIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String HERE = "411627101";
    static final String NEIGHBOUR = "411627102";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalData personalData;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Discovery discovery;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Applications applications;

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    ApplicationMaterials materials;

    @Autowired
    ApplicationSubmissions submissions;

    @Autowired
    RequiredMaterials required;

    final LocalDate on = ChinaTime.today();

    List<OutreachTaskRow> tasksOf(ResidentId person) {
        return jdbc.sql("SELECT kind, township_code, subsidies, id FROM elig_outreach_task WHERE resident_index = :i")
                .param("i", personalData.index(PersonalData.RESIDENT_ID, person.value()))
                .query((rs, n) -> new OutreachTaskRow(
                        rs.getString(1),
                        rs.getString(2),
                        List.of((String[]) rs.getArray(3).getArray()),
                        rs.getObject(4, UUID.class)))
                .list();
    }

    record OutreachTaskRow(String kind, String township, List<String> subsidies, UUID id) {}

    ResidentId holder(FactFixture facts, LocalDate issued, DisabilityLevel level, String township) {
        ResidentId person = People.newResidentId();
        facts.certificate(
                person,
                DisabilityCategory.PHYSICAL,
                level,
                false,
                issued,
                issued.plusYears(10),
                CertificateStatus.VALID,
                township);
        return person;
    }

    @Test
    void aNewCertificateAppearsOnceOnItsTownshipsListAndOnlyThere() throws Exception {
        ResidentId[] people = tx.execute(s -> {
            FactFixture facts = new FactFixture(jdbc, personalData, "411627").coverAll();
            ResidentId fresh = holder(facts, on.minusDays(3), DisabilityLevel.LEVEL_2, HERE);
            ResidentId receiving = holder(facts, on.minusDays(3), DisabilityLevel.LEVEL_2, HERE);
            facts.fact(receiving, ReferenceSource.BENEFICIARY, "CARE", on.minusDays(1), null, null, HERE);
            ResidentId old = holder(facts, on.minusYears(2), DisabilityLevel.LEVEL_2, HERE);
            ResidentId applying = holder(facts, on.minusDays(3), DisabilityLevel.LEVEL_2, HERE);
            return new ResidentId[] {fresh, receiving, old, applying};
        });
        apply(people[3], Actor.applicant(UUID.randomUUID()));

        discovery.newCertificates(on, "test");
        discovery.newCertificates(on, "test");

        assertThat(tasksOf(people[0])).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo("NEW_CERTIFICATE");
            assertThat(t.township()).isEqualTo(HERE);
        });
        assertThat(tasksOf(people[1])).isEmpty();
        assertThat(tasksOf(people[2])).isEmpty();
        assertThat(tasksOf(people[3])).as("an open application").isEmpty();
        UUID task = tasksOf(people[0]).get(0).id();
        StaffSession assistant = StaffSession.signIn(port, staff, tx, StaffRole.STAFF_ASSISTANT, HERE);
        StaffSession neighbour = StaffSession.signIn(port, staff, tx, StaffRole.STAFF_ASSISTANT, NEIGHBOUR);
        assertThat(ids(assistant.get("/api/eligibility/outreach?limit=500"))).contains(task.toString());
        assertThat(ids(neighbour.get("/api/eligibility/outreach?limit=500"))).doesNotContain(task.toString());
        assertThat(neighbour.get("/api/eligibility/outreach/" + task).statusCode())
                .isEqualTo(404);
    }

    @Test
    void theMonthlyComparisonListsWhoQualifiesButReceivesNothing() {
        ResidentId[] people = tx.execute(s -> {
            FactFixture facts = new FactFixture(jdbc, personalData, "411627").coverAll();
            ResidentId nothing = holder(facts, on.minusYears(3), DisabilityLevel.LEVEL_1, HERE);
            dibao(facts, nothing);
            ResidentId careOnly = holder(facts, on.minusYears(3), DisabilityLevel.LEVEL_1, HERE);
            dibao(facts, careOnly);
            facts.fact(careOnly, ReferenceSource.BENEFICIARY, "CARE", LocalDate.of(2022, 1, 1), null, null, HERE);
            ResidentId both = holder(facts, on.minusYears(3), DisabilityLevel.LEVEL_1, HERE);
            dibao(facts, both);
            for (Subsidy subsidy : Subsidy.values()) {
                facts.fact(
                        both, ReferenceSource.BENEFICIARY, subsidy.name(), LocalDate.of(2022, 1, 1), null, null, HERE);
            }
            ResidentId applied = holder(facts, on.minusYears(3), DisabilityLevel.LEVEL_1, HERE);
            dibao(facts, applied);
            ResidentId withdrew = holder(facts, on.minusYears(3), DisabilityLevel.LEVEL_1, HERE);
            dibao(facts, withdrew);
            ResidentId level3 = holder(facts, on.minusYears(3), DisabilityLevel.LEVEL_3, HERE);
            return new ResidentId[] {nothing, careOnly, both, applied, level3, withdrew};
        });
        apply(people[3], Actor.applicant(UUID.randomUUID()));
        Actor withdrawing = Actor.applicant(UUID.randomUUID());
        submissions.withdraw(withdrawing, apply(people[5], withdrawing).id());

        discovery.appearToQualify(on, "test");
        discovery.appearToQualify(on, "test");

        assertThat(tasksOf(people[0])).singleElement().satisfies(t -> {
            assertThat(t.kind()).isEqualTo("APPEARS_TO_QUALIFY");
            assertThat(t.subsidies()).containsExactly("LIVING", "CARE");
            assertThat(t.township()).isEqualTo(HERE);
        });
        assertThat(tasksOf(people[1]))
                .singleElement()
                .satisfies(t -> assertThat(t.subsidies()).containsExactly("LIVING"));
        assertThat(tasksOf(people[2])).isEmpty();
        assertThat(tasksOf(people[3])).isEmpty();
        assertThat(tasksOf(people[4])).isEmpty();
        assertThat(tasksOf(people[5]))
                .as("a withdrawn application is no longer open")
                .singleElement()
                .satisfies(t -> assertThat(t.subsidies()).containsExactly("LIVING", "CARE"));
        assertThat(applications.openFor(index(people[3]))).containsExactlyInAnyOrder(Subsidy.LIVING, Subsidy.CARE);
        assertThat(applications.openFor(index(people[5]))).isEmpty();
    }

    @Test
    void theMonthlyComparisonLeavesOutASubsidyAppliedForInAnotherRegion() {
        ResidentId[] people = tx.execute(s -> {
            FactFixture facts = new FactFixture(jdbc, personalData, "411627").coverAll();
            ResidentId both = holder(facts, on.minusYears(3), DisabilityLevel.LEVEL_1, HERE);
            dibao(facts, both);
            for (Subsidy subsidy : Subsidy.values()) {
                openElsewhere(facts, both, subsidy, null);
            }
            ResidentId care = holder(facts, on.minusYears(3), DisabilityLevel.LEVEL_1, HERE);
            dibao(facts, care);
            openElsewhere(facts, care, Subsidy.CARE, null);
            ResidentId closed = holder(facts, on.minusYears(3), DisabilityLevel.LEVEL_1, HERE);
            dibao(facts, closed);
            openElsewhere(facts, closed, Subsidy.CARE, on);
            return new ResidentId[] {both, care, closed};
        });

        discovery.appearToQualify(on, "test");

        assertThat(tasksOf(people[0])).as("open elsewhere for both subsidies").isEmpty();
        assertThat(tasksOf(people[1]))
                .as("open elsewhere for the care subsidy")
                .singleElement()
                .satisfies(t -> assertThat(t.subsidies()).containsExactly("LIVING"));
        assertThat(tasksOf(people[2]))
                .as("an application elsewhere that closed before today")
                .singleElement()
                .satisfies(t -> assertThat(t.subsidies()).containsExactly("LIVING", "CARE"));
    }

    /** An application open in another region's system since 2024 until {@code to} (exclusive; null: still open). */
    private void openElsewhere(FactFixture facts, ResidentId person, Subsidy subsidy, LocalDate to) {
        facts.fact(
                person,
                ReferenceSource.OPEN_APPLICATION_ELSEWHERE,
                subsidy.name(),
                LocalDate.of(2024, 1, 1),
                to,
                null,
                null);
    }

    private byte[] index(ResidentId person) {
        return personalData.index(PersonalData.RESIDENT_ID, person.value());
    }

    /** A real submission through intake (both subsidies, home township HERE): an open application until decided. */
    private SubmittedApplication apply(ResidentId person, Actor applicant) {
        SubmittedApplication draft = drafts.create(
                applicant,
                new DraftForm(
                        new PersonDetails("王五", person.value(), person.value() + "42", "河南省周口市太康县城关镇1号", HERE, false),
                        null,
                        List.of("LIVING", "CARE"),
                        null,
                        new PayeeDetails("PERSON", "王五", "中国银行周口分行", "6217000010001234567"),
                        null));
        for (RequiredMaterial m :
                required.forApplication(RegionCode.of(HERE), draft.subsidies(), Set.of(), ChinaTime.today())) {
            if (m.requirement() == Requirement.REQUIRED) {
                materials.upload(
                        applicant,
                        draft.id(),
                        m.material().name(),
                        "m.pdf",
                        "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            }
        }
        return submissions.submit(applicant, draft.id());
    }

    private void dibao(FactFixture facts, ResidentId person) {
        facts.fact(
                person,
                ReferenceSource.ASSISTANCE_STATUS,
                "MINIMUM_LIVING_GUARANTEE",
                LocalDate.of(2021, 1, 1),
                null,
                null,
                null);
    }

    @Test
    void anAssistantLogsContactsAndStartsAnAssistedApplicationForThePerson() throws Exception {
        ResidentId[] people = tx.execute(s -> {
            FactFixture facts = new FactFixture(jdbc, personalData, "411627").coverAll();
            return new ResidentId[] {
                holder(facts, on.minusDays(2), DisabilityLevel.LEVEL_1, HERE),
                holder(facts, on.minusDays(2), DisabilityLevel.LEVEL_1, HERE)
            };
        });
        discovery.newCertificates(on, "test");
        UUID applies = tasksOf(people[0]).get(0).id();
        UUID declines = tasksOf(people[1]).get(0).id();
        StaffSession assistant = StaffSession.signIn(port, staff, tx, StaffRole.STAFF_ASSISTANT, HERE);

        HttpResponse<String> contact =
                assistant.postJson("/api/eligibility/outreach/" + applies + "/contacts", """
                {"contactedOn": "%s", "channel": "PHONE", "outcome": "REACHED", "note": "约好上门"}
                """.formatted(on));
        HttpResponse<String> wrongPerson =
                assistant.postJson("/api/eligibility/outreach/" + applies + "/assisted-application", form(people[1]));
        HttpResponse<String> started =
                assistant.postJson("/api/eligibility/outreach/" + applies + "/assisted-application", form(people[0]));
        HttpResponse<String> closed = assistant.postJson("/api/eligibility/outreach/" + declines + "/close", """
                {"end": "NOT_INTERESTED", "note": "家属表示暂不申请"}
                """);
        HttpResponse<String> closedAgain = assistant.postJson("/api/eligibility/outreach/" + declines + "/close", """
                {"end": "MOVED"}
                """);

        assertThat(contact.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(contact.body()).get("channel").asString()).isEqualTo("PHONE");
        assertThat(wrongPerson.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrongPerson.body()).get("rule").asString()).isEqualTo("OUTREACH_NOT_THE_PERSON");
        assertThat(started.statusCode()).isEqualTo(200);
        JsonNode task = JSON.readTree(started.body());
        assertThat(task.get("status").asString()).isEqualTo("CLOSED");
        assertThat(task.get("outcome").asString()).isEqualTo("ASSISTED_APPLICATION");
        assertThat(task.get("contacts").size()).isEqualTo(1);
        SubmittedApplication application =
                applications.get(ApplicationId.of(task.get("applicationId").asString()));
        assertThat(application.channel()).isEqualTo(Channel.ASSISTED);
        assertThat(application.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(application.staffAccountId()).isEqualTo(assistant.accountId);
        assertThat(JSON.readTree(closed.body()).get("outcome").asString()).isEqualTo("NOT_INTERESTED");
        assertThat(closedAgain.statusCode()).isEqualTo(409);
    }

    private static String form(ResidentId person) {
        return """
                {"person": {"fullName": "王五", "residentId": "%s", "certificateNumber": "%s21",
                            "householdAddress": "河南省周口市太康县城关镇1号", "homeTownship": "%s",
                            "underGuardianship": false},
                 "subsidies": ["CARE"]}
                """.formatted(person.value(), person.value(), HERE);
    }

    private static List<String> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body())
                .valueStream()
                .map(n -> n.get("id").asString())
                .toList();
    }
}
