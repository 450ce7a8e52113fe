package org.liangxiang.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liangxiang.review.ReviewFixtures.ZHONGYUAN_A;
import static org.liangxiang.review.ReviewFixtures.ZZ_CLERK;
import static org.liangxiang.review.ReviewFixtures.ZZ_FEDERATION;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.StaffRole;
import org.liangxiang.audit.AuditRecordView;
import org.liangxiang.audit.AuditRecords;
import org.liangxiang.calendar.internal.ScheduleEntry;
import org.liangxiang.calendar.internal.YearScheduleForm;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationResources;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.intake.CorrectionItem;
import org.liangxiang.intake.PartnerIntake;
import org.liangxiang.policy.ReviewStep;
import org.liangxiang.review.ReviewFixtures.Submitted;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.Subsidy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Due dates of real cases: across the 2025 National Day holiday and its make-up days (accepted on the Friday before),
 * the clock paused while returned, a public notice that pauses it, and recomputation when a provisional year gets its
 * schedule. Acts are dated through the services' dated forms (what the API does on that day); a case acted on in
 * the past is first marked as received that far back ({@link #receivedOn}), since intake submits today.
 */
@IntegrationTest
class ReviewDeadlinesIntegrationTests {

    static final LocalDate FRIDAY_BEFORE_NATIONAL_DAY = LocalDate.of(2025, 9, 26);

    /** 洛阳 西工区: its policy (set here, as a county may) has a 5-day public notice by the township. */
    static final String XIGONG = "410303";

    static final String XIGONG_A = "410303001";

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    org.liangxiang.policy.Policies policies;

    @Autowired
    ApplicationMaterials materials;

    @Autowired
    ApplicationSubmissions submissions;

    @Autowired
    RequiredMaterials required;

    @Autowired
    PartnerIntake partners;

    @Autowired
    Reviews reviews;

    @Autowired
    Worklists worklists;

    @Autowired
    DeadlineRecomputation recomputation;

    @Autowired
    ScheduleEntry schedules;

    @Autowired
    AuditRecords audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationResources resources;

    ReviewFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReviewFixtures(drafts, materials, submissions, required, partners);
        ReviewFixtures.publicNoticeIn(XIGONG, jdbc, policies);
    }

    /** The case as if it had been received on the day (intake dates a submission today). */
    Submitted receivedOn(Submitted a, LocalDate day) {
        jdbc.sql("UPDATE review_case SET submitted_on = ? WHERE application_id = ?")
                .params(day, a.uuid())
                .update();
        return a;
    }

    CaseView view(Submitted a) {
        return worklists.get(ZZ_CLERK, a.uuid());
    }

    @Test
    void dueDatesCrossTheNationalDayHolidayAndCountItsMakeUpDays() {
        Submitted a = receivedOn(fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A, Subsidy.CARE), FRIDAY_BEFORE_NATIONAL_DAY);

        CaseSummary s = reviews.accept(ZZ_CLERK, a.uuid(), view(a).version(), FRIDAY_BEFORE_NATIONAL_DAY);
        assertThat(s.dueDate()).as("Sun 9/28 (make-up), Mon 9/29, Tue 9/30").isEqualTo(LocalDate.of(2025, 9, 30));

        s = reviews.completeStep(ZZ_CLERK, a.uuid(), s.version(), null, LocalDate.of(2025, 9, 29));
        assertThat(s.dueDate())
                .as("six days from acceptance: the holiday 10/1-10/8 skipped, Saturday 10/11 worked")
                .isEqualTo(LocalDate.of(2025, 10, 11));
        assertThat(view(a).steps())
                .extracting(CaseView.StepView::dueDate)
                .containsExactly(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 11));
    }

    @Test
    void theClockStopsWhileReturnedAndKeepsTheDaysUsed() {
        Submitted a = receivedOn(fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A, Subsidy.CARE), FRIDAY_BEFORE_NATIONAL_DAY);
        CaseSummary s = reviews.accept(ZZ_CLERK, a.uuid(), view(a).version(), FRIDAY_BEFORE_NATIONAL_DAY);
        s = reviews.completeStep(ZZ_CLERK, a.uuid(), s.version(), null, LocalDate.of(2025, 9, 29));

        s = reviews.returnForCorrection(
                ZZ_FEDERATION,
                a.uuid(),
                s.version(),
                List.of(CorrectionItem.material("DISABILITY_CERTIFICATE")),
                null,
                LocalDate.of(2025, 10, 9));
        CaseView returned = view(a);
        assertThat(returned.paused()).isTrue();
        assertThat(returned.correction().due())
                .as("20 working days for the correction")
                .isEqualTo(LocalDate.of(2025, 11, 5));

        reviews.resubmitted(a.uuid(), LocalDate.of(2025, 10, 13)); // as intake's ApplicationResubmitted does

        CaseView resumed = view(a);
        assertThat(resumed.paused()).isFalse();
        assertThat(resumed.step()).isEqualTo(ReviewStep.FEDERATION_REVIEW);
        assertThat(resumed.dueDate())
                .as("4 of 6 days used (9/28, 9/29, 9/30, 10/9): two left from Monday 10/13")
                .isEqualTo(LocalDate.of(2025, 10, 15));
    }

    @Test
    void aPublicNoticePausesTheClockAndAnObjectionSendsTheCaseBack() {
        Reviewer clerk = ReviewFixtures.reviewer(StaffRole.TOWNSHIP_CLERK, XIGONG_A);
        Reviewer federation = ReviewFixtures.reviewer(StaffRole.FEDERATION_REVIEWER, XIGONG);
        Reviewer civil = ReviewFixtures.reviewer(StaffRole.CIVIL_AFFAIRS_APPROVER, XIGONG);
        LocalDate monday = LocalDate.of(2025, 3, 3);
        Submitted a = receivedOn(fixtures.submit(XIGONG_A, XIGONG_A, Subsidy.LIVING), monday);
        CaseSummary s =
                reviews.accept(clerk, a.uuid(), worklists.get(clerk, a.uuid()).version(), monday);
        s = reviews.completeStep(clerk, a.uuid(), s.version(), null, monday.plusDays(1));

        s = reviews.completeStep(federation, a.uuid(), s.version(), null, monday.plusDays(2));

        assertThat(s.state()).isEqualTo(CaseState.IN_PUBLIC_NOTICE);
        CaseView notice = worklists.get(clerk, a.uuid());
        assertThat(notice.paused()).isTrue();
        assertThat(notice.notice().endsOn()).as("5 working days from Wed 3/5").isEqualTo(LocalDate.of(2025, 3, 12));
        assertThat(notice.dueDate()).isEqualTo(notice.notice().endsOn());
        long inNotice = s.version();
        assertThatThrownBy(() -> reviews.endNotice(clerk, a.uuid(), inNotice, LocalDate.of(2025, 3, 12)))
                .isInstanceOfSatisfying(
                        CaseConflictException.class,
                        e -> assertThat(e.rule()).isEqualTo(CaseConflictException.Rule.NOTICE_NOT_OVER));

        s = reviews.recordObjection(clerk, a.uuid(), inNotice, "村民反映申请人家庭收入情况有误", LocalDate.of(2025, 3, 6));
        assertThat(s.state()).isEqualTo(CaseState.IN_REVIEW);
        assertThat(s.step()).isEqualTo(ReviewStep.FEDERATION_REVIEW);

        s = reviews.completeStep(federation, a.uuid(), s.version(), null, LocalDate.of(2025, 3, 7));
        assertThat(s.state()).isEqualTo(CaseState.IN_PUBLIC_NOTICE);
        s = reviews.endNotice(clerk, a.uuid(), s.version(), LocalDate.of(2025, 3, 17));
        assertThat(s.step()).isEqualTo(ReviewStep.CIVIL_AFFAIRS_DECISION);
        assertThat(s.dueDate())
                .as("the decision clock: 10 days (notice excluded) less 3/4, 3/5, 3/7 used, from Monday 3/17")
                .isEqualTo(LocalDate.of(2025, 3, 26));
        s = reviews.decide(civil, a.uuid(), s.version(), List.of(SubsidyDecision.approve(Subsidy.LIVING)));
        assertThat(s.state()).isEqualTo(CaseState.DECIDED);
        assertThat(audit.forObject("APPLICATION", a.id().toString()))
                .extracting(AuditRecordView::type)
                .contains("OBJECTION_RECORDED")
                .filteredOn("PUBLIC_NOTICE_STARTED"::equals)
                .hasSize(2);
    }

    @Test
    void dueDatesAreRecomputedWhenAProvisionalYearGetsItsSchedule() {
        int year = unpublishedYearLike2025();
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A, Subsidy.CARE);
        CaseSummary s = reviews.accept(ZZ_CLERK, a.uuid(), view(a).version(), LocalDate.of(year, 9, 30));
        assertThat(s.dueDate()).as("Monday to Friday assumed").isEqualTo(LocalDate.of(year, 10, 3));
        assertThat(view(a).dueProvisional()).isTrue();
        assertThat(expectedBy(a)).as("the applicant sees the provisional date").isEqualTo(LocalDate.of(year, 10, 3));

        schedules.enter(year, nationalDayLike2025(year), "review-test");
        recomputation.recompute(year);
        assertThat(expectedBy(a))
                .as("the applicant sees the recomputed date at once (read from the case)")
                .isEqualTo(LocalDate.of(year, 10, 11));

        CaseView recomputed = view(a);
        assertThat(recomputed.dueDate())
                .as("10/1-10/8 off, Saturday 10/11 worked")
                .isEqualTo(LocalDate.of(year, 10, 11));
        assertThat(recomputed.dueProvisional()).isFalse();
        assertThat(recomputed.version()).as("no act, no new version").isEqualTo(s.version());
        assertThat(recomputed.steps())
                .extracting(CaseView.StepView::dueDate)
                .containsExactly(LocalDate.of(year, 10, 11));
        assertThat(recomputation.recompute(year)).as("idempotent").isZero();
    }

    /** The date the applicant sees the application expected by, in intake's resource (what the API and pages show). */
    LocalDate expectedBy(Submitted a) {
        return resources
                .of(a.actor(), a.id(), "/api/applications", Locale.SIMPLIFIED_CHINESE)
                .expected()
                .due();
    }

    @Test
    void aCaseKnowsItsWorkingDaysLeftAndWhetherItIsOverdue() {
        Submitted a = receivedOn(fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A, Subsidy.CARE), LocalDate.of(2025, 3, 3));
        reviews.accept(ZZ_CLERK, a.uuid(), view(a).version(), LocalDate.of(2025, 3, 3));

        CaseView late = view(a);

        assertThat(late.dueDate()).isEqualTo(LocalDate.of(2025, 3, 6));
        assertThat(late.overdue()).isTrue();
        assertThat(late.workingDaysLeft()).isNegative();
        assertThat(worklists.page(ZZ_CLERK, Worklist.TOWNSHIP_CHECK, 0, 1).items())
                .first()
                .satisfies(i -> assertThat(i.dueDate()).isBeforeOrEqualTo(late.dueDate()));
        assertThat(ChinaTime.today()).isAfter(late.dueDate());
    }

    /** Years of 2900-2999 laid out like 2025 (1 October a Wednesday), never entered by another test. */
    static final java.util.Deque<Integer> YEARS = years();

    static java.util.Deque<Integer> years() {
        List<Integer> years = new ArrayList<>(IntStream.rangeClosed(2900, 2999)
                .filter(y -> LocalDate.of(y, 10, 1).getDayOfWeek() == DayOfWeek.WEDNESDAY)
                .boxed()
                .toList());
        java.util.Collections.shuffle(years);
        return new java.util.concurrent.ConcurrentLinkedDeque<>(years);
    }

    static int unpublishedYearLike2025() {
        return YEARS.pop();
    }

    static YearScheduleForm nationalDayLike2025(int year) {
        List<YearScheduleForm.Day> days = new ArrayList<>();
        days.add(new YearScheduleForm.Day(year + "-09-28", "MAKEUP_WORKDAY", "国庆节"));
        for (int d = 1; d <= 8; d++) {
            days.add(new YearScheduleForm.Day(year + "-10-0" + d, "HOLIDAY", "国庆节、中秋节"));
        }
        days.add(new YearScheduleForm.Day(year + "-10-11", "MAKEUP_WORKDAY", "国庆节"));
        return new YearScheduleForm("国务院办公厅关于" + year + "年部分节假日安排的通知（测试）", days);
    }

    static UUID unused() {
        return UUID.randomUUID();
    }
}
