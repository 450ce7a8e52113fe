package org.liangxiang.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.StaffRole;
import org.liangxiang.intake.ApplicantPerson;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.ApplicationStatus;
import org.liangxiang.intake.Applications;
import org.liangxiang.review.CaseState;
import org.liangxiang.review.CaseSummary;
import org.liangxiang.review.CaseView;
import org.liangxiang.review.Reviewer;
import org.liangxiang.review.Reviews;
import org.liangxiang.review.Worklist;
import org.liangxiang.review.WorklistPage;
import org.liangxiang.review.Worklists;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads applications for a small run and works with them through intake's and review's own services: the person opens
 * (sealed as intake seals it), the cases are in the staff's worklists, and an act on a loaded case goes through.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticApplicationsIntegrationTests {

    static final long SEED = 9_301L;
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
    static final int COUNT = 1_500;

    @Autowired
    SyntheticPopulation population;

    @Autowired
    SyntheticApplications applications;

    @Autowired
    Applications intake;

    @Autowired
    Worklists worklists;

    @Autowired
    Reviews reviews;

    @Autowired
    PersonalData personalData;

    @Autowired
    JdbcClient jdbc;

    ApplicationLoadSummary summary;

    @BeforeAll
    void load() {
        population.generate(SEED, 3_000, AS_OF);
        summary = applications.load(SEED, COUNT);
    }

    @Test
    void loadsEveryApplicationWithItsCaseAndRefusesASecondLoad() {
        assertThat(summary.applications()).isEqualTo(COUNT);
        assertThat(summary.applicants())
                .isEqualTo(jdbc.sql("SELECT count(*) FROM population_certificate WHERE seed = ?")
                        .param(SEED)
                        .query(Integer.class)
                        .single());
        assertThat(count("SELECT count(*) FROM review_case c JOIN intake_application a ON a.id = c.application_id"
                        + " WHERE a.created_by = :by"))
                .isEqualTo(COUNT);
        assertThat(summary.open()).isBetween(1L, (long) summary.applicants());
        assertThat(applications.loaded(SEED)).isTrue();
        assertThatThrownBy(() -> applications.load(SEED, 10)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> applications.load(9_399L, 10)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void spreadsTheApplicationsOverEveryStatusAndEveryOpenStep() {
        Map<String, Long> statuses = groups("SELECT status AS k, count(*) AS n FROM intake_application"
                + " WHERE created_by = :by GROUP BY status");
        assertThat(statuses.keySet())
                .contains(
                        ApplicationStatus.SUBMITTED.name(),
                        ApplicationStatus.RETURNED.name(),
                        ApplicationStatus.IN_REVIEW.name(),
                        ApplicationStatus.DECIDED.name(),
                        ApplicationStatus.NOT_ACCEPTED.name(),
                        ApplicationStatus.WITHDRAWN.name(),
                        ApplicationStatus.LAPSED.name());
        assertThat(statuses.get("DECIDED")).isGreaterThan(COUNT / 2);
        Map<String, Long> lists = groups("SELECT c.worklist AS k, count(*) AS n FROM review_case c"
                + " JOIN intake_application a ON a.id = c.application_id WHERE a.created_by = :by GROUP BY 1");
        assertThat(lists.keySet())
                .contains(
                        "TO_ACCEPT",
                        "RETURNED",
                        "TOWNSHIP_CHECK",
                        "FEDERATION_REVIEW",
                        "CIVIL_AFFAIRS_DECISION",
                        "DONE");
        assertThat(count("SELECT count(*) FROM review_case c JOIN intake_application a ON a.id = c.application_id"
                        + " WHERE a.created_by = :by AND (c.closed_at IS NULL) <> (c.due_date IS NOT NULL)"))
                .isZero();
        assertThat(count("SELECT count(*) FROM review_case c JOIN intake_application a ON a.id = c.application_id"
                        + " WHERE a.created_by = :by AND (c.submitted_on > :asOf OR c.closed_on > :asOf)"))
                .isZero();
        assertThat(count("SELECT count(*) FROM review_case_step s JOIN intake_application a ON a.id = s.application_id"
                        + " JOIN review_case c ON c.application_id = s.application_id"
                        + " WHERE a.created_by = :by AND c.version = 0" // not acted on by another test
                        + " AND (s.started_on > :asOf OR s.completed_on < s.started_on)"))
                .isZero();
        assertThat(count("SELECT count(*) FROM review_subsidy s JOIN intake_application a ON a.id = s.application_id"
                        + " WHERE a.created_by = :by AND s.outcome = 'APPROVED' AND s.monthly_amount_fen > 0"))
                .isPositive();
    }

    @Test
    void intakeOpensThePersonOfTheRunsCertificateHolder() {
        UUID id = jdbc.sql("SELECT id FROM intake_application WHERE created_by = ? ORDER BY number LIMIT 1")
                .param(SyntheticApplications.createdBy(SEED))
                .query(UUID.class)
                .single();
        ApplicantPerson person = intake.person(new ApplicationId(id));
        byte[] index =
                personalData.index(PersonalData.RESIDENT_ID, person.residentId().value());
        assertThat(count("SELECT count(*) FROM population_person p JOIN population_certificate c ON c.person_id = p.id"
                        + " WHERE p.seed = " + SEED + " AND p.resident_id_index = '\\x" + hex(index) + "'"
                        + " AND :by IS NOT NULL AND :asOf IS NOT NULL"))
                .isOne();
        assertThat(person.certificateNumber().residentId()).isEqualTo(person.residentId());
        assertThat(intake.get(new ApplicationId(id)).number()).startsWith("LX41");
    }

    @Test
    void aLoadedCaseIsInTheClerksWorklistAndCanBeAccepted() {
        Map<String, Object> row = jdbc.sql("""
                        SELECT c.application_id, c.owner_township, c.version FROM review_case c
                          JOIN intake_application a ON a.id = c.application_id
                         WHERE a.created_by = ? AND c.state = 'TO_ACCEPT' ORDER BY c.due_date LIMIT 1""")
                .param(SyntheticApplications.createdBy(SEED))
                .query()
                .singleRow();
        UUID id = (UUID) row.get("application_id");
        Reviewer clerk = new Reviewer(UUID.randomUUID(), StaffRole.TOWNSHIP_CLERK, (String) row.get("owner_township"));
        WorklistPage page = worklists.page(clerk, Worklist.TO_ACCEPT, 0, 100);
        assertThat(page.items()).extracting(WorklistPage.Item::applicationId).contains(id);
        CaseSummary accepted = reviews.accept(clerk, id, ((Number) row.get("version")).longValue());
        assertThat(accepted.state()).isIn(CaseState.IN_REVIEW, CaseState.TO_FORWARD);
        assertThat(intake.get(new ApplicationId(id)).status()).isEqualTo(ApplicationStatus.IN_REVIEW);
    }

    @Test
    void aCaseInTheChainShowsItsStepsAndDueDate() {
        Map<String, Object> row = jdbc.sql("""
                        SELECT c.application_id, c.owner_township FROM review_case c
                          JOIN intake_application a ON a.id = c.application_id
                         WHERE a.created_by = ? AND c.state = 'IN_REVIEW' AND c.step_position > 0 LIMIT 1""")
                .param(SyntheticApplications.createdBy(SEED))
                .query()
                .singleRow();
        Reviewer reader = new Reviewer(UUID.randomUUID(), StaffRole.TOWNSHIP_CLERK, (String) row.get("owner_township"));
        CaseView view = worklists.get(reader, (UUID) row.get("application_id"));
        assertThat(view.dueDate()).isNotNull();
        assertThat(view.steps()).hasSizeGreaterThan(1);
    }

    private long count(String sql) {
        return jdbc.sql(sql)
                .param("by", SyntheticApplications.createdBy(SEED))
                .param("asOf", AS_OF)
                .query(Long.class)
                .single();
    }

    private Map<String, Long> groups(String sql) {
        List<Map<String, Object>> rows = jdbc.sql(sql)
                .param("by", SyntheticApplications.createdBy(SEED))
                .query()
                .listOfRows();
        return rows.stream()
                .collect(Collectors.toMap(r -> (String) r.get("k"), r -> ((Number) r.get("n")).longValue()));
    }

    private static String hex(byte[] bytes) {
        StringBuilder s = new StringBuilder();
        for (byte b : bytes) {
            s.append(String.format("%02x", b));
        }
        return s.toString();
    }
}
