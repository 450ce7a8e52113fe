package org.liangxiang.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liangxiang.review.ReviewFixtures.ZHONGYUAN_A;
import static org.liangxiang.review.ReviewFixtures.ZZ_CIVIL;
import static org.liangxiang.review.ReviewFixtures.ZZ_CLERK;
import static org.liangxiang.review.ReviewFixtures.ZZ_FEDERATION;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.audit.AuditRecordView;
import org.liangxiang.audit.AuditRecords;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.intake.PartnerIntake;
import org.liangxiang.policy.ReviewStep;
import org.liangxiang.review.ReviewFixtures.Submitted;
import org.liangxiang.shared.Subsidy;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Two reviewers at once on one case: one wins, the other is told the current state; bulk approval case by case. */
@IntegrationTest
@RecordApplicationEvents
class ReviewConcurrencyIntegrationTests {

    @Autowired
    ApplicationDrafts drafts;

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
    BulkCompletion bulk;

    @Autowired
    Worklists worklists;

    @Autowired
    AuditRecords audit;

    @Autowired
    ApplicationEvents events;

    ReviewFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReviewFixtures(drafts, materials, submissions, required, partners);
    }

    @Test
    void twoClerksAcceptingAtOnceLeaveOneAcceptance() throws Exception {
        Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A);
        long version = worklists.get(ZZ_CLERK, a.uuid()).version();
        Reviewer other = ReviewFixtures.reviewer(org.liangxiang.account.StaffRole.TOWNSHIP_CLERK, ZHONGYUAN_A);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<CaseSummary>> results = new ArrayList<>();
        try {
            for (Reviewer r : List.of(ZZ_CLERK, other)) {
                Callable<CaseSummary> act = () -> {
                    start.await();
                    return reviews.accept(r, a.uuid(), version);
                };
                results.add(pool.submit(act));
            }
            start.countDown();
            int won = 0;
            List<CaseConflictException> lost = new ArrayList<>();
            for (Future<CaseSummary> f : results) {
                try {
                    f.get();
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    lost.add((CaseConflictException) e.getCause());
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(lost).singleElement().satisfies(e -> {
                assertThat(e.rule()).isEqualTo(CaseConflictException.Rule.STALE_VERSION);
                assertThat(e.current().state()).isEqualTo(CaseState.IN_REVIEW);
                assertThat(e.current().version()).isEqualTo(version + 1);
            });
        } finally {
            pool.shutdownNow();
        }
        assertThat(audit.forObject("APPLICATION", a.id().toString()))
                .extracting(AuditRecordView::type)
                .filteredOn("APPLICATION_ACCEPTED"::equals)
                .hasSize(1);
        assertThat(events.stream(ApplicationAccepted.class)
                        .filter(e -> e.applicationId().equals(a.uuid())))
                .hasSize(1);
        assertThat(worklists.get(ZZ_CLERK, a.uuid()).version()).isEqualTo(version + 1);
    }

    @Test
    void bulkApprovalRecordsEachCaseOnItsOwnAndSaysWhyAnyWasNotDone() {
        List<CaseVersion> atDecision = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Submitted a = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A, Subsidy.CARE);
            CaseSummary s = reviews.accept(
                    ZZ_CLERK, a.uuid(), worklists.get(ZZ_CLERK, a.uuid()).version());
            s = reviews.completeStep(ZZ_CLERK, a.uuid(), s.version(), ReviewStep.TOWNSHIP_CHECK);
            s = reviews.completeStep(ZZ_FEDERATION, a.uuid(), s.version(), ReviewStep.FEDERATION_REVIEW);
            atDecision.add(new CaseVersion(a.uuid(), s.version()));
        }
        Submitted early = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A, Subsidy.CARE);
        CaseSummary earlyCase = reviews.accept(
                ZZ_CLERK, early.uuid(), worklists.get(ZZ_CLERK, early.uuid()).version());
        CaseVersion stale = new CaseVersion(
                atDecision.get(2).applicationId(), atDecision.get(2).expectedVersion() - 1);
        UUID unknown = UUID.randomUUID();

        List<BulkResult> results = bulk.completeStep(
                ZZ_CIVIL,
                ReviewStep.CIVIL_AFFAIRS_DECISION,
                List.of(
                        atDecision.get(0),
                        atDecision.get(1),
                        stale,
                        new CaseVersion(early.uuid(), earlyCase.version()),
                        new CaseVersion(unknown, 0)));

        assertThat(results).extracting(BulkResult::done).containsExactly(true, true, false, false, false);
        assertThat(results.get(0).current().state()).isEqualTo(CaseState.DECIDED);
        assertThat(results.get(2).rule()).isEqualTo("STALE_VERSION");
        assertThat(results.get(2).status()).isEqualTo(409);
        assertThat(results.get(3).rule()).isEqualTo("WRONG_STATE");
        assertThat(results.get(3).current().step()).isEqualTo(ReviewStep.TOWNSHIP_CHECK);
        assertThat(results.get(4).status()).isEqualTo(404);
        assertThat(worklists.get(ZZ_CIVIL, atDecision.get(2).applicationId()).state())
                .isEqualTo(CaseState.IN_REVIEW);
        assertThat(events.stream(SubsidyApproved.class)
                        .filter(e -> e.applicationId().equals(atDecision.get(0).applicationId())
                                || e.applicationId().equals(atDecision.get(1).applicationId())))
                .hasSize(2);
    }
}
