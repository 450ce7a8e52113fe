package org.liangxiang.intake.follow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.account.ApplicantConsents;
import org.liangxiang.account.ApplicantPrincipals;
import org.liangxiang.account.SignedInApplicant;
import org.liangxiang.account.StaffRole;
import org.liangxiang.calendar.WorkingDays;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.intake.Actor;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.intake.CorrectionItem;
import org.liangxiang.intake.SubmittedApplication;
import org.liangxiang.policy.ReviewStep;
import org.liangxiang.review.CaseSummary;
import org.liangxiang.review.CaseView;
import org.liangxiang.review.Reviewer;
import org.liangxiang.review.Reviews;
import org.liangxiang.review.SubsidyDecision;
import org.liangxiang.review.Worklist;
import org.liangxiang.review.Worklists;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where the application is expected next, as the applicant sees it along the lawful path (submitted, returned and
 * corrected, accepted, township check, federation review, civil-affairs decision, decided; and withdrawn): the API
 * resource, the follow page and its list, and the submission's done page with the working days left. Intake reads it
 * from review's open case (its port {@code ExpectedNext}), so at each stage it is the case's list, acting office and
 * due date; a decided or withdrawn application shows none. The list reads it for all its applications at once.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ExpectedNextPagesIntegrationTests {

    static final DateTimeFormatter CHINESE_DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    static final Reviewer CLERK = reviewer(StaffRole.TOWNSHIP_CLERK, FollowFixtures.TOWNSHIP);
    static final Reviewer FEDERATION = reviewer(StaffRole.FEDERATION_REVIEWER, FollowFixtures.COUNTY);
    static final Reviewer CIVIL = reviewer(StaffRole.CIVIL_AFFAIRS_APPROVER, FollowFixtures.COUNTY);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    ApplicationMaterials materials;

    @Autowired
    ApplicationSubmissions submissions;

    @Autowired
    RequiredMaterials required;

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    Reviews reviews;

    @Autowired
    Worklists worklists;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    ApplicantConsents consents;

    FollowFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new FollowFixtures(drafts, materials, submissions, required, applicants, reviews, worklists);
    }

    /** A real-name bound account and its person. */
    record Someone(UUID account, ResidentId person, SignedInApplicant principal) {}

    Someone bound() {
        UUID account = fixtures.account(FollowFixtures.newMobile(), null);
        ResidentId person = FollowFixtures.newPerson();
        fixtures.bind(account, person);
        consents.give(account, "ONLINE_WEB", "127.0.0.1"); // the apply pages ask for it first
        return new Someone(account, person, ApplicantPrincipals.of(account, true));
    }

    @Test
    void theApplicantSeesTheStageOfficeAndDueDateAtEveryStageAndNoneOnceDecided() throws Exception {
        Someone me = bound();
        SubmittedApplication a = fixtures.online(me.account(), me.person(), null, Subsidy.CARE);
        UUID id = a.id().value();

        CaseView c = sees(me, a, Worklist.TO_ACCEPT, FollowFixtures.TOWNSHIP);
        assertThat(nextStep(me, a)).isEqualTo("等待河南省 郑州市 中原区 林山寨街道受理。");

        reviews.returnForCorrection(
                CLERK, id, c.version(), List.of(CorrectionItem.material("DISABILITY_CERTIFICATE")), "照片看不清");
        c = sees(me, a, Worklist.RETURNED, FollowFixtures.TOWNSHIP);
        assertThat(c.dueDate()).isEqualTo(c.correction().due());

        Actor applicant = Actor.applicant(me.account());
        materials.upload(applicant, a.id(), "DISABILITY_CERTIFICATE", "again.pdf", FollowFixtures.pdf());
        submissions.resubmit(applicant, a.id());
        c = sees(me, a, Worklist.TO_ACCEPT, FollowFixtures.TOWNSHIP);

        CaseSummary s = reviews.accept(CLERK, id, c.version());
        sees(me, a, Worklist.TOWNSHIP_CHECK, FollowFixtures.TOWNSHIP);
        assertThat(nextStep(me, a)).contains("乡镇（街道）初审", "林山寨街道");
        assertThat(daysLeft(me, a)).contains("还有" + workingDaysTo(s.dueDate()) + "个工作日");

        s = reviews.completeStep(CLERK, id, s.version(), ReviewStep.TOWNSHIP_CHECK);
        sees(me, a, Worklist.FEDERATION_REVIEW, FollowFixtures.COUNTY);
        assertThat(nextStep(me, a)).contains("县级残联审核", "中原区");

        s = reviews.completeStep(FEDERATION, id, s.version(), ReviewStep.FEDERATION_REVIEW);
        sees(me, a, Worklist.CIVIL_AFFAIRS_DECISION, FollowFixtures.COUNTY);
        assertThat(daysLeft(me, a)).contains("还有" + workingDaysTo(s.dueDate()) + "个工作日");

        reviews.decide(CIVIL, id, s.version(), List.of(SubsidyDecision.approve(Subsidy.CARE)));
        seesNone(me, a, "已经作出决定");
    }

    @Test
    void aWithdrawnApplicationShowsNoStage() throws Exception {
        Someone me = bound();
        SubmittedApplication a = fixtures.online(me.account(), me.person(), null, Subsidy.CARE);
        reviews.accept(
                CLERK, a.id().value(), worklists.get(CLERK, a.id().value()).version());
        sees(me, a, Worklist.TOWNSHIP_CHECK, FollowFixtures.TOWNSHIP);

        submissions.withdraw(Actor.applicant(me.account()), a.id());

        seesNone(me, a, "已撤回");
    }

    @Test
    void theListReadsWhereItsApplicationsAreExpectedInOneQuery() throws Exception {
        Someone me = bound();
        SubmittedApplication waiting = fixtures.online(me.account(), me.person(), null, Subsidy.CARE);
        SubmittedApplication accepted = fixtures.online(me.account(), me.person(), null, Subsidy.LIVING);
        SubmittedApplication helped =
                fixtures.online(me.account(), FollowFixtures.newPerson(), "GUARDIAN", Subsidy.CARE);
        reviews.accept(
                CLERK,
                accepted.id().value(),
                worklists.get(CLERK, accepted.id().value()).version());

        List<String> statements = new ArrayList<>();
        Document list = during(statements, () -> page(me, "/my/applications"));

        assertThat(statements)
                .as("one read of review's cases for each list (mine, helped), never one per application")
                .filteredOn(sql -> sql.contains("FROM review_case"))
                .hasSize(2);
        assertThat(row(list, waiting).text()).contains("林山寨街道受理", date(due(waiting)));
        assertThat(row(list, accepted).text()).contains("乡镇（街道）初审", date(due(accepted)));
        assertThat(row(list, helped).text()).contains("林山寨街道受理", date(due(helped)));
    }

    /**
     * Asserts that the API resource, the follow page and the list row show the case's stage, office and due date; the
     * case is in the worklist at the office named. Answers the case.
     */
    private CaseView sees(Someone me, SubmittedApplication a, Worklist worklist, String office) throws Exception {
        CaseView c = worklists.get(FEDERATION, a.id().value());
        assertThat(c.worklist()).isEqualTo(worklist);
        assertThat(c.officeRegion()).isEqualTo(office);
        assertThat(c.dueDate()).isNotNull();

        JsonNode expected = api(me, a).get("expected");
        assertThat(expected.get("stageKey").asString()).isEqualTo("review.stage." + worklist);
        assertThat(expected.get("stage").asString()).isNotBlank().doesNotStartWith("review.stage.");
        assertThat(expected.get("office").get("code").asString()).isEqualTo(office);
        assertThat(expected.get("due").asString()).isEqualTo(c.dueDate().toString());

        Document page = page(me, "/my/applications/" + a.id());
        assertThat(page.select("#next-date").text()).isEqualTo(date(c.dueDate()));
        Element row = row(page(me, "/my/applications"), a);
        assertThat(row.text()).contains(page.select("#next-step").text(), date(c.dueDate()));
        return c;
    }

    private void seesNone(Someone me, SubmittedApplication a, String next) throws Exception {
        assertThat(api(me, a).get("expected").isNull()).isTrue();
        Document page = page(me, "/my/applications/" + a.id());
        assertThat(page.select("#next-step").text()).contains(next);
        assertThat(page.select("#next-date")).isEmpty();
        assertThat(page(me, "/apply/" + a.id() + "/done").select("#expected")).isEmpty();
    }

    private String nextStep(Someone me, SubmittedApplication a) throws Exception {
        return page(me, "/my/applications/" + a.id()).select("#next-step").text();
    }

    private String daysLeft(Someone me, SubmittedApplication a) throws Exception {
        return page(me, "/apply/" + a.id() + "/done").select("#expected").text();
    }

    private int workingDaysTo(LocalDate due) {
        return workingDays.between(ChinaTime.today(), due).workingDays();
    }

    private LocalDate due(SubmittedApplication a) {
        return worklists.get(FEDERATION, a.id().value()).dueDate();
    }

    private static Element row(Document list, SubmittedApplication a) {
        Element row = list.getElementById("application-" + a.number());
        assertThat(row).as(list.text()).isNotNull();
        return row;
    }

    private static String date(LocalDate day) {
        return day.format(CHINESE_DATE);
    }

    private JsonNode api(Someone me, SubmittedApplication a) throws Exception {
        MvcResult result = mvc.perform(get("/api/applications/" + a.id()).with(user(me.principal())))
                .andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(200);
        return JsonMapper.builder().build().readTree(result.getResponse().getContentAsString());
    }

    private Document page(Someone me, String path) throws Exception {
        MvcResult result = mvc.perform(get(path).with(user(me.principal()))).andReturn();
        assertThat(result.getResponse().getStatus())
                .as(result.getResponse().getContentAsString())
                .isEqualTo(200);
        return Jsoup.parse(result.getResponse().getContentAsString());
    }

    private static Reviewer reviewer(StaffRole role, String jurisdiction) {
        return new Reviewer(UUID.randomUUID(), role, jurisdiction);
    }

    /** The work, with the SQL statements JdbcTemplate runs on this thread meanwhile collected. */
    private static <T> T during(List<String> statements, Work<T> work) throws Exception {
        Logger logger = (Logger) LoggerFactory.getLogger("org.springframework.jdbc.core.JdbcTemplate");
        Thread self = Thread.currentThread();
        AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {
            @Override
            protected void append(ILoggingEvent e) {
                if (e.getThreadName().equals(self.getName())
                        && e.getFormattedMessage().startsWith("Executing")) {
                    statements.add(e.getFormattedMessage());
                }
            }
        };
        appender.start();
        Level before = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logger.addAppender(appender);
        try {
            return work.run();
        } finally {
            logger.detachAppender(appender);
            logger.setLevel(before);
        }
    }

    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }
}
