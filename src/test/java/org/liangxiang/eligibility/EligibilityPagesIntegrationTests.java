package org.liangxiang.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.TestResidentIds;
import org.liangxiang.account.NewStaffAccount;
import org.liangxiang.account.SignedInStaff;
import org.liangxiang.account.StaffAccounts;
import org.liangxiang.account.StaffPrincipals;
import org.liangxiang.account.StaffRole;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.ApplicationStatus;
import org.liangxiang.intake.Applications;
import org.liangxiang.intake.Channel;
import org.liangxiang.intake.SubmittedApplication;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.crypto.Masking;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The eligibility staff pages ({@code /staff/rechecks}, {@code /staff/outreach}, {@code /staff/imports}): lists within
 * the jurisdiction only (a row outside is neither listed nor opened: 404), refusals named by field, decisions and
 * reassignments audited, roles refused. Region owned by this test: 淅川县 411326 (townships 411326101 and 411326102);
 * rows outside it are in 新野县 411329.
 */
@IntegrationTest
@AutoConfigureMockMvc
class EligibilityPagesIntegrationTests {

    static final String COUNTY = "411326";
    static final String HERE = "411326101";
    static final String THERE = "411326102";
    static final String OUTSIDE = "411329101";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalData personalData;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    StaffAccounts staff;

    @Autowired
    Applications applications;

    @Autowired
    ReferenceImports imports;

    final LocalDate today = ChinaTime.today();

    // ---- re-check proposals

    UUID proposal(ResidentId person, String township, ProposalKind kind) {
        UUID run = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO elig_recheck_run (id, checked_on, trigger, requested_by, finished_at)"
                        + " VALUES (:id, :on, 'ON_DEMAND', 'test', now())")
                .param("id", run)
                .param("on", today)
                .update();
        jdbc.sql("""
                        INSERT INTO elig_proposal (id, run_id, beneficiary_id, resident_index, resident_masked, subsidy,
                            kind, reason, effective_month, township_code)
                        VALUES (:id, :run, :beneficiary, :index, :masked, 'LIVING', :kind, :reason, :month, :township)
                        """)
                .param("id", id)
                .param("run", run)
                .param("beneficiary", UUID.randomUUID().toString())
                .param("index", personalData.index(PersonalData.RESIDENT_ID, person.value()))
                .param("masked", Masking.residentId(person.value()))
                .param("kind", kind.name())
                .param("reason", kind.reason().name())
                .param("month", today.withDayOfMonth(1).plusMonths(1))
                .param("township", township)
                .update();
        return id;
    }

    @Test
    void aCountyConfirmsAProposalWithinItsJurisdictionSeeingTheDataUsed() throws Exception {
        ResidentId person = People.newResidentId();
        ResidentId far = People.newResidentId();
        UUID[] ids = tx.execute(s -> {
            new FactFixture(jdbc, personalData, COUNTY)
                    .fact(person, ReferenceSource.DEATH, "", today.minusDays(20), null, null, null);
            return new UUID[] {
                proposal(person, HERE, ProposalKind.STOP_DECEASED), proposal(far, OUTSIDE, ProposalKind.STOP_DECEASED)
            };
        });
        SignedInStaff approver = StaffPrincipals.of(StaffRole.CIVIL_AFFAIRS_APPROVER, COUNTY);

        String list = page(approver, get("/staff/rechecks?kind=STOP_DECEASED&page=0"));
        assertThat(list).contains("/staff/rechecks/" + ids[0]).doesNotContain(ids[1].toString());
        assertThat(list).contains("停发：已死亡");
        assertThat(page(approver, get("/staff/rechecks?kind=STOP_CERTIFICATE_EXPIRED")))
                .doesNotContain(ids[0].toString());
        assertThat(page(approver, get("/staff/rechecks?region=" + THERE))).doesNotContain(ids[0].toString());
        assertThat(page(approver, get("/staff/rechecks?region=411329"))).contains("href=\"#region\"");
        assertThat(status(approver, get("/staff/rechecks/" + ids[1]))).isEqualTo(404);

        String detail = page(approver, get("/staff/rechecks/" + ids[0]));
        assertThat(detail).contains("死亡登记").contains(today.minusDays(20).toString());
        assertThat(detail).doesNotContain(person.value());

        String noReason = page(approver, post("/staff/rechecks/" + ids[0]).param("decision", "CONFIRM"));
        String noDecision = page(approver, post("/staff/rechecks/" + ids[0]).param("reason", "核实死亡"));
        assertThat(noReason).contains("href=\"#reason\"");
        assertThat(noDecision).contains("href=\"#decision\"");
        assertThat(statusOf(ids[0])).isEqualTo("PENDING");

        MvcResult confirmed = mvc.perform(post("/staff/rechecks/" + ids[0])
                        .param("decision", "CONFIRM")
                        .param("reason", "已与家属核实")
                        .with(user(approver))
                        .with(csrf()))
                .andReturn();
        assertThat(confirmed.getResponse().getRedirectedUrl()).isEqualTo("/staff/rechecks/" + ids[0] + "?decided");
        assertThat(statusOf(ids[0])).isEqualTo("CONFIRMED");
        assertThat(audits("RECHECK_PROPOSAL_CONFIRMED", ids[0])).isEqualTo(1);
        assertThat(status(
                        approver,
                        post("/staff/rechecks/" + ids[0])
                                .param("decision", "DISMISS")
                                .param("reason", "再次")))
                .isEqualTo(409);
    }

    @Test
    void rolesOutsideTheCountysWorkAreRefused() throws Exception {
        UUID id = tx.execute(s -> proposal(People.newResidentId(), HERE, ProposalKind.STOP_DECEASED));
        SignedInStaff supervisor = StaffPrincipals.of(StaffRole.COUNTY_SUPERVISOR, COUNTY);
        SignedInStaff assistant = StaffPrincipals.of(StaffRole.STAFF_ASSISTANT, HERE);
        SignedInStaff admin = StaffPrincipals.of(StaffRole.SYSTEM_ADMIN, COUNTY);

        assertThat(page(supervisor, get("/staff/rechecks/" + id))).doesNotContain("id=\"decide\"");
        assertThat(status(
                        supervisor,
                        post("/staff/rechecks/" + id)
                                .param("decision", "CONFIRM")
                                .param("reason", "x")))
                .isEqualTo(403);
        assertThat(status(assistant, get("/staff/rechecks"))).isEqualTo(403);
        assertThat(status(assistant, get("/staff/imports"))).isEqualTo(403);
        assertThat(status(admin, get("/staff/rechecks"))).isEqualTo(403);
        assertThat(status(admin, get("/staff/outreach"))).isEqualTo(403);
        assertThat(page(admin, get("/staff/admin/rechecks"))).contains("id=\"run-now\"");
        assertThat(status(supervisor, get("/staff/admin/rechecks"))).isEqualTo(403);
        assertThat(status(supervisor, get("/staff/outreach"))).isEqualTo(403);
        assertThat(statusOf(id)).isEqualTo("PENDING");
    }

    // ---- outreach

    UUID task(ResidentId person, String township) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO elig_outreach_task (id, kind, resident_index, resident_masked, certificate_fact_id,
                            subsidies, township_code)
                        VALUES (:id, 'APPEARS_TO_QUALIFY', :index, :masked, :certificate, ARRAY['CARE'], :township)
                        """)
                .param("id", id)
                .param("index", personalData.index(PersonalData.RESIDENT_ID, person.value()))
                .param("masked", Masking.residentId(person.value()))
                .param("certificate", UUID.randomUUID())
                .param("township", township)
                .update();
        return id;
    }

    SignedInStaff account(StaffRole role, String jurisdiction) {
        String username = "ep-" + UUID.randomUUID().toString().substring(0, 8);
        UUID id = tx.execute(s -> staff.create(
                new NewStaffAccount(
                        username, "外联测试", TestResidentIds.random(), "a-long-test-password-1", role, jurisdiction),
                "t"));
        return StaffPrincipals.of(id, role, jurisdiction);
    }

    @Test
    void anAssistantLogsAContactReassignsAndEndsTasksOfTheTownshipOnly() throws Exception {
        UUID[] ids = tx.execute(s -> new UUID[] {
            task(People.newResidentId(), HERE),
            task(People.newResidentId(), HERE),
            task(People.newResidentId(), OUTSIDE)
        });
        SignedInStaff assistant = account(StaffRole.STAFF_ASSISTANT, HERE);
        SignedInStaff colleague = account(StaffRole.TOWNSHIP_CLERK, HERE);
        SignedInStaff otherOffice = account(StaffRole.STAFF_ASSISTANT, THERE);

        String list = page(assistant, get("/staff/outreach"));
        assertThat(list).contains(ids[0].toString()).doesNotContain(ids[2].toString());
        assertThat(status(assistant, get("/staff/outreach/" + ids[2]))).isEqualTo(404);
        assertThat(status(otherOffice, get("/staff/outreach/" + ids[0]))).isEqualTo(404);

        String noChannel = page(
                assistant,
                post("/staff/outreach/" + ids[0] + "/contacts")
                        .param("contactedOn", today.toString())
                        .param("outcome", "REACHED"));
        String future = page(
                assistant,
                post("/staff/outreach/" + ids[0] + "/contacts")
                        .param("contactedOn", today.plusDays(2).toString())
                        .param("channel", "PHONE")
                        .param("outcome", "REACHED"));
        assertThat(noChannel).contains("href=\"#channel\"");
        assertThat(future).contains("href=\"#contactedOn\"");
        assertThat(redirect(
                        assistant,
                        post("/staff/outreach/" + ids[0] + "/contacts")
                                .param("contactedOn", today.toString())
                                .param("channel", "VISIT")
                                .param("outcome", "INFORMED")
                                .param("note", "已上门告知政策")))
                .endsWith("?contactLogged");
        assertThat(page(assistant, get("/staff/outreach/" + ids[0])))
                .contains("已上门告知政策")
                .contains("上门");

        String toOtherOffice = page(
                assistant,
                post("/staff/outreach/" + ids[0] + "/assignee")
                        .param("assignee", otherOffice.accountId().toString())
                        .param("reason", "换人"));
        String noReason = page(
                assistant,
                post("/staff/outreach/" + ids[0] + "/assignee")
                        .param("assignee", colleague.accountId().toString()));
        assertThat(toOtherOffice).contains("href=\"#assignee\"");
        assertThat(noReason).contains("href=\"#reason\"");
        assertThat(redirect(
                        assistant,
                        post("/staff/outreach/" + ids[0] + "/assignee")
                                .param("assignee", colleague.accountId().toString())
                                .param("reason", "该村由这位同事负责")))
                .endsWith("?reassigned");
        assertThat(assignee(ids[0])).isEqualTo(colleague.accountId());
        assertThat(audits("OUTREACH_REASSIGNED", ids[0])).isEqualTo(1);
        assertThat(page(colleague, get("/staff/outreach?scope=MINE"))).contains(ids[0].toString());
        assertThat(page(assistant, get("/staff/outreach?scope=MINE"))).doesNotContain(ids[0].toString());

        String noEnd = page(assistant, post("/staff/outreach/" + ids[1] + "/close"));
        assertThat(noEnd).contains("href=\"#end\"");
        assertThat(redirect(
                        assistant,
                        post("/staff/outreach/" + ids[1] + "/close")
                                .param("end", "MOVED")
                                .param("endNote", "已迁往外省")))
                .endsWith("?closed");
        assertThat(page(assistant, get("/staff/outreach?status=CLOSED"))).contains(ids[1].toString());
        assertThat(status(
                        assistant, post("/staff/outreach/" + ids[1] + "/close").param("end", "MOVED")))
                .isEqualTo(409);
    }

    @Test
    void anAssistantStartsAnAssistedApplicationForTheTasksPersonAndIsSentToItsForm() throws Exception {
        ResidentId person = People.newResidentId();
        ResidentId someoneElse = People.newResidentId();
        UUID id = tx.execute(s -> task(person, HERE));
        SignedInStaff assistant = account(StaffRole.STAFF_ASSISTANT, HERE);
        SignedInStaff clerk = account(StaffRole.TOWNSHIP_CLERK, HERE);

        assertThat(page(clerk, get("/staff/outreach/" + id))).doesNotContain("id=\"start-application\"");
        assertThat(status(clerk, assisted(id, person))).isEqualTo(403);
        String wrongPerson = page(assistant, assisted(id, someoneElse));
        assertThat(wrongPerson).contains("href=\"#person.residentId\"").contains("身份证号与该任务的对象不一致");
        String noName = page(assistant, assisted(id, person, ""));
        assertThat(noName).contains("href=\"#person.fullName\"");

        String location = redirect(assistant, assisted(id, person));

        assertThat(location).startsWith("/staff/intake/").endsWith("/person");
        String applicationId = location.substring("/staff/intake/".length(), location.length() - "/person".length());
        SubmittedApplication draft = applications.get(ApplicationId.of(applicationId));
        assertThat(draft.channel()).isEqualTo(Channel.ASSISTED);
        assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(draft.staffAccountId()).isEqualTo(assistant.accountId());
        assertThat(page(assistant, get("/staff/outreach/" + id))).contains("已帮助申请");
    }

    MockHttpServletRequestBuilder assisted(UUID id, ResidentId person) {
        return assisted(id, person, "王五");
    }

    MockHttpServletRequestBuilder assisted(UUID id, ResidentId person, String name) {
        return post("/staff/outreach/" + id + "/assisted-application")
                .param("person.fullName", name)
                .param("person.residentId", person.value())
                .param("person.certificateNumber", person.value() + "21")
                .param("person.householdAddress", "河南省南阳市淅川县荆紫关镇1号")
                .param("person.homeTownship", HERE)
                .param("subsidies", "CARE")
                .param("submitter.kind", "PERSON");
    }

    // ---- imports

    @Test
    void anImportWithABadRowShowsItsLineAndNothingIsApplied() throws Exception {
        SignedInStaff reviewer = StaffPrincipals.of(StaffRole.FEDERATION_REVIEWER, COUNTY);
        SignedInStaff outsider = StaffPrincipals.of(StaffRole.FEDERATION_REVIEWER, "411329");
        String csv = "resident_id,died_on\n" + People.newResidentId().value() + "," + today.minusDays(3) + "\n"
                + "41160019500101123X," + today.minusDays(2) + "\n";

        String noFile = page(
                reviewer,
                multipart("/staff/imports")
                        .param("source", "DEATH")
                        .param("region", COUNTY)
                        .param("mode", "DELTA"));
        String outside = page(
                reviewer,
                multipart("/staff/imports")
                        .file(file("deaths.csv", csv))
                        .param("source", "DEATH")
                        .param("region", "411329")
                        .param("mode", "DELTA"));
        String snapshotOfDeaths = page(
                reviewer,
                multipart("/staff/imports")
                        .file(file("deaths.csv", csv))
                        .param("source", "DEATH")
                        .param("region", COUNTY)
                        .param("mode", "SNAPSHOT")
                        .param("asOf", today.toString()));
        String notCsv = page(
                reviewer,
                multipart("/staff/imports")
                        .file(file("deaths.txt", csv))
                        .param("source", "DEATH")
                        .param("region", COUNTY)
                        .param("mode", "DELTA"));
        assertThat(noFile).contains("href=\"#file\"");
        assertThat(outside).contains("href=\"#region\"");
        assertThat(snapshotOfDeaths).contains("href=\"#mode\"");
        assertThat(notCsv).contains("href=\"#file\"");

        String location = redirect(
                reviewer,
                multipart("/staff/imports")
                        .file(file("deaths.csv", csv))
                        .param("source", "DEATH")
                        .param("region", COUNTY)
                        .param("mode", "DELTA"));
        UUID id = UUID.fromString(location.substring("/staff/imports/".length()));
        ImportJob job = waitFor(id);

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        String shown = page(reviewer, get(location));
        assertThat(shown)
                .contains("<th scope=\"row\">3</th>")
                .contains("resident_id")
                .contains(job.digest());
        assertThat(shown).doesNotContain("id=\"refresh\"");
        assertThat(page(reviewer, get("/staff/imports"))).contains(location);
        assertThat(page(outsider, get("/staff/imports"))).doesNotContain(location);
        assertThat(status(outsider, get(location))).isEqualTo(404);
    }

    ImportJob waitFor(UUID id) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            ImportJob job = imports.find(id).orElseThrow();
            if (job.status().finished()) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    static MockMultipartFile file(String name, String content) {
        return new MockMultipartFile("file", name, "text/csv", content.getBytes(StandardCharsets.UTF_8));
    }

    // ---- helpers

    <B extends AbstractMockHttpServletRequestBuilder<B>> String page(SignedInStaff who, B request) throws Exception {
        MvcResult result = mvc.perform(request.with(user(who)).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    <B extends AbstractMockHttpServletRequestBuilder<B>> String redirect(SignedInStaff who, B request)
            throws Exception {
        MvcResult result = mvc.perform(request.with(user(who)).with(csrf())).andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(302);
        return result.getResponse().getRedirectedUrl();
    }

    <B extends AbstractMockHttpServletRequestBuilder<B>> int status(SignedInStaff who, B request) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    String statusOf(UUID proposal) {
        return jdbc.sql("SELECT status FROM elig_proposal WHERE id = :id")
                .param("id", proposal)
                .query(String.class)
                .single();
    }

    UUID assignee(UUID task) {
        return jdbc.sql("SELECT assigned_to FROM elig_outreach_task WHERE id = :id")
                .param("id", task)
                .query(UUID.class)
                .single();
    }

    long audits(String type, UUID object) {
        return jdbc.sql("SELECT count(*) FROM audit_record WHERE type = :type AND object_id = :id")
                .params(Map.of("type", type, "id", object.toString()))
                .query(Long.class)
                .single();
    }
}
