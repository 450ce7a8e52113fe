package org.liangxiang.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.StaffAccounts;
import org.liangxiang.account.StaffRole;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.DisabilityCategory;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The re-check of current beneficiaries and the county's confirmation. Region owned by this test: 沈丘县 411624. */
@IntegrationTest
@RecordApplicationEvents
class RechecksIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String TOWNSHIP = "411624101";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalData personalData;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Rechecks rechecks;

    @Autowired
    StaffAccounts staff;

    @Autowired
    ApplicationEvents events;

    @Autowired
    RecheckProposals proposals;

    @Autowired
    CertificateHolders holders;

    final LocalDate on = ChinaTime.today();
    final LocalDate monthStart = on.withDayOfMonth(1);

    /** A care and living beneficiary with a valid level 1 certificate (valid until {@code until}) and 低保. */
    ResidentId beneficiary(FactFixture facts, LocalDate until, boolean dibao) {
        ResidentId person = People.newResidentId();
        facts.certificate(
                person,
                DisabilityCategory.PHYSICAL,
                DisabilityLevel.LEVEL_1,
                false,
                LocalDate.of(2019, 1, 1),
                until,
                CertificateStatus.VALID,
                TOWNSHIP);
        if (dibao) {
            facts.fact(
                    person,
                    ReferenceSource.ASSISTANCE_STATUS,
                    "MINIMUM_LIVING_GUARANTEE",
                    LocalDate.of(2019, 1, 1),
                    null,
                    null,
                    null);
        }
        for (Subsidy subsidy : Subsidy.values()) {
            facts.fact(
                    person,
                    ReferenceSource.BENEFICIARY,
                    subsidy.name(),
                    LocalDate.of(2020, 1, 1),
                    null,
                    null,
                    TOWNSHIP);
        }
        return person;
    }

    Map<String, List<RecheckProposal>> proposalsOf(ResidentId person) {
        return jdbc
                .sql("SELECT * FROM elig_proposal WHERE resident_index = :index")
                .param("index", personalData.index(PersonalData.RESIDENT_ID, person.value()))
                .query((rs, n) -> RecheckProposals.proposal(rs))
                .list()
                .stream()
                .collect(Collectors.groupingBy(p -> p.kind() + " " + p.subsidy()));
    }

    @Test
    void theRecheckProposesStopsAndFlagsAndNoticesExpiringCertificatesOnce() {
        LocalDate later = on.plusYears(3);
        record People5(
                ResidentId dead,
                ResidentId noStatus,
                ResidentId tekun,
                ResidentId injury,
                ResidentId expired,
                ResidentId elsewhere,
                ResidentId expiring,
                ResidentId twoExpiring,
                ResidentId fine) {}
        People5 p = tx.execute(s -> {
            FactFixture facts = new FactFixture(jdbc, personalData, "411624").coverAll();
            ResidentId dead = beneficiary(facts, later, true);
            facts.fact(dead, ReferenceSource.DEATH, "", on.minusMonths(2).withDayOfMonth(10), null, null, null);
            ResidentId noStatus = beneficiary(facts, later, false);
            facts.fact(
                    noStatus,
                    ReferenceSource.ASSISTANCE_STATUS,
                    "MINIMUM_LIVING_GUARANTEE",
                    LocalDate.of(2018, 1, 1),
                    on.minusMonths(1),
                    null,
                    null);
            ResidentId tekun = beneficiary(facts, later, true);
            facts.fact(
                    tekun,
                    ReferenceSource.ASSISTANCE_STATUS,
                    "EXTREME_POVERTY_SUPPORT",
                    on.minusMonths(1),
                    null,
                    null,
                    null);
            ResidentId injury = beneficiary(facts, later, true);
            facts.fact(injury, ReferenceSource.WORK_INJURY_CARE, "", on.minusMonths(1), null, null, null);
            ResidentId expired = beneficiary(facts, monthStart.minusDays(1), true);
            ResidentId elsewhere = beneficiary(facts, later, true);
            facts.fact(
                    elsewhere,
                    ReferenceSource.BENEFICIARY_ELSEWHERE,
                    "CARE",
                    LocalDate.of(2024, 1, 1),
                    null,
                    null,
                    null);
            ResidentId expiring = beneficiary(facts, on.plusMonths(3), true);
            ResidentId twoExpiring = beneficiary(facts, on.plusMonths(2), true);
            facts.certificate(
                    twoExpiring,
                    DisabilityCategory.VISUAL,
                    DisabilityLevel.LEVEL_2,
                    false,
                    LocalDate.of(2020, 1, 1),
                    on.plusMonths(5),
                    CertificateStatus.VALID,
                    TOWNSHIP);
            ResidentId fine = beneficiary(facts, later, true);
            return new People5(dead, noStatus, tekun, injury, expired, elsewhere, expiring, twoExpiring, fine);
        });

        RecheckRun first = rechecks.run(on, "ON_DEMAND", "test");
        RecheckRun second = rechecks.run(on, "ON_DEMAND", "test");

        LocalDate afterDeath = on.minusMonths(1).withDayOfMonth(1);
        assertThat(proposalsOf(p.dead()).keySet())
                .containsExactlyInAnyOrder("STOP_DECEASED LIVING", "STOP_DECEASED CARE");
        assertThat(proposalsOf(p.dead()).get("STOP_DECEASED CARE").get(0).effectiveMonth())
                .isEqualTo(afterDeath);
        assertThat(proposalsOf(p.noStatus()).keySet()).containsExactly("STOP_NO_QUALIFYING_STATUS LIVING");
        assertThat(proposalsOf(p.noStatus())
                        .get("STOP_NO_QUALIFYING_STATUS LIVING")
                        .get(0)
                        .effectiveMonth())
                .isEqualTo(monthStart.plusMonths(1));
        assertThat(proposalsOf(p.tekun()).keySet())
                .containsExactlyInAnyOrder("STOP_EXTREME_POVERTY_SUPPORT LIVING", "STOP_EXTREME_POVERTY_SUPPORT CARE");
        assertThat(proposalsOf(p.injury()).keySet())
                .containsExactlyInAnyOrder("STOP_WORK_INJURY_CARE LIVING", "STOP_WORK_INJURY_CARE CARE");
        assertThat(proposalsOf(p.expired()).keySet())
                .containsExactlyInAnyOrder("STOP_CERTIFICATE_EXPIRED LIVING", "STOP_CERTIFICATE_EXPIRED CARE");
        assertThat(proposalsOf(p.expired())
                        .get("STOP_CERTIFICATE_EXPIRED CARE")
                        .get(0)
                        .effectiveMonth())
                .isEqualTo(monthStart);
        assertThat(proposalsOf(p.elsewhere()).keySet()).containsExactly("FLAG_PAID_ELSEWHERE CARE");
        assertThat(proposalsOf(p.elsewhere())
                        .get("FLAG_PAID_ELSEWHERE CARE")
                        .get(0)
                        .effectiveMonth())
                .isNull();
        assertThat(proposalsOf(p.expiring())).isEmpty();
        assertThat(proposalsOf(p.twoExpiring())).isEmpty();
        assertThat(proposalsOf(p.fine())).isEmpty();
        assertThat(proposalsOf(p.dead()).values())
                .allSatisfy(list -> assertThat(list).hasSize(1));

        assertThat(first.proposals()).isGreaterThanOrEqualTo(10);
        assertThat(second.proposals()).isZero();
        assertThat(events.stream(CertificateExpiryRemindersDue.class)
                        .filter(e -> e.runId().equals(first.id())))
                .singleElement()
                .satisfies(e -> assertThat(e.count()).isEqualTo(first.expiring()));
        byte[] expiringHolder =
                personalData.index(PersonalData.RESIDENT_ID, p.expiring().value());
        assertThat(holders.expiringIn(first.id()).stream()
                        .filter(c -> Arrays.equals(c.residentIdIndex(), expiringHolder)))
                .singleElement()
                .satisfies(c -> assertThat(c.validUntil()).isEqualTo(on.plusMonths(3)));
        byte[] twoHolder =
                personalData.index(PersonalData.RESIDENT_ID, p.twoExpiring().value());
        assertThat(holders.expiringIn(first.id()).stream()
                        .filter(c -> Arrays.equals(c.residentIdIndex(), twoHolder))
                        .map(c -> c.validUntil()))
                .as("both certificates of a holder of two are noticed, once each")
                .containsExactlyInAnyOrder(on.plusMonths(2), on.plusMonths(5));
        assertThat(holders.expiringIn(first.id()).stream()
                        .filter(c -> Arrays.equals(
                                c.residentIdIndex(),
                                personalData.index(
                                        PersonalData.RESIDENT_ID, p.fine().value()))))
                .isEmpty();
        assertThat(second.expiring()).isZero();
        assertThat(events.stream(CertificateExpiryRemindersDue.class)
                        .filter(e -> e.runId().equals(second.id())))
                .isEmpty();
        for (RecheckRun run : List.of(first, second)) {
            Rechecks.WorkTables work = Rechecks.WorkTables.of(run.id());
            assertThat(jdbc.sql("SELECT to_regclass(:s) IS NULL AND to_regclass(:h) IS NULL")
                            .param("s", work.subjects())
                            .param("h", work.hits())
                            .query(Boolean.class)
                            .single())
                    .as("the run's work tables are dropped with it")
                    .isTrue();
        }
    }

    @Test
    void theCountyConfirmsOrDismissesWithAReasonWithinItsJurisdiction() throws Exception {
        ResidentId dead = tx.execute(s -> {
            FactFixture facts = new FactFixture(jdbc, personalData, "411624").coverAll();
            ResidentId person = beneficiary(facts, on.plusYears(2), true);
            facts.fact(person, ReferenceSource.DEATH, "", on.minusDays(20), null, null, null);
            return person;
        });
        rechecks.run(on, "ON_DEMAND", "test");
        UUID care = proposalsOf(dead).get("STOP_DECEASED CARE").get(0).id();
        UUID living = proposalsOf(dead).get("STOP_DECEASED LIVING").get(0).id();
        StaffSession county = StaffSession.signIn(port, staff, tx, StaffRole.CIVIL_AFFAIRS_APPROVER, "411624");
        StaffSession otherCounty = StaffSession.signIn(port, staff, tx, StaffRole.CIVIL_AFFAIRS_APPROVER, "411625");

        HttpResponse<String> confirmOverApi =
                county.postJson("/api/eligibility/proposals/" + UUID.randomUUID() + "/confirm", "{\"reason\": \"x\"}");
        HttpResponse<String> noReason = county.postJson("/api/eligibility/proposals/" + care + "/confirm", "{}");
        HttpResponse<String> outside =
                otherCounty.postJson("/api/eligibility/proposals/" + care + "/confirm", "{\"reason\": \"核实\"}");
        RecheckProposal confirmed = tx.execute(s -> proposals.confirm(
                care,
                "已核实死亡",
                new RecheckProposals.Decider(county.accountId.toString(), "CIVIL_AFFAIRS_APPROVER", "411624")));
        HttpResponse<String> again =
                county.postJson("/api/eligibility/proposals/" + care + "/dismiss", "{\"reason\": \"重复\"}");
        HttpResponse<String> dismissed =
                county.postJson("/api/eligibility/proposals/" + living + "/dismiss", "{\"reason\": \"登记有误\"}");

        assertThat(confirmOverApi.statusCode()).isEqualTo(404);
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(outside.statusCode()).isEqualTo(404);
        assertThat(confirmed.status()).isEqualTo(ProposalStatus.CONFIRMED);
        assertThat(confirmed.decisionReason()).isEqualTo("已核实死亡");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(dismissed.body()).get("status").asString()).isEqualTo("DISMISSED");
        assertThat(events.stream(RecheckProposalConfirmed.class)
                        .filter(e -> e.proposalId().equals(care)))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(ProposalKind.STOP_DECEASED);
                    assertThat(e.effectiveMonth())
                            .isEqualTo(on.minusDays(20).withDayOfMonth(1).plusMonths(1));
                });
        assertThat(jdbc.sql(
                                "SELECT count(*) FROM audit_record WHERE object_id IN (:ids) AND type LIKE 'RECHECK_PROPOSAL_%'")
                        .param("ids", List.of(care.toString(), living.toString()))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        List<RecheckProposal> pending = JSON.readerForListOf(RecheckProposal.class)
                .readValue(county.get("/api/eligibility/proposals?status=CONFIRMED&limit=500")
                        .body());
        assertThat(pending).extracting(RecheckProposal::id).contains(care);
    }
}
