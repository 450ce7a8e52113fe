package org.liangxiang.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liangxiang.review.ReviewFixtures.ZHONGYUAN;
import static org.liangxiang.review.ReviewFixtures.ZHONGYUAN_A;
import static org.liangxiang.review.ReviewFixtures.ZZ_CLERK;
import static org.liangxiang.review.ReviewFixtures.ZZ_FEDERATION;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.intake.ExpectedNext;
import org.liangxiang.intake.ExpectedStage;
import org.liangxiang.intake.PartnerIntake;
import org.liangxiang.policy.ReviewStep;
import org.liangxiang.review.ReviewFixtures.Submitted;
import org.liangxiang.shared.Subsidy;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Intake's port {@link ExpectedNext} as review answers it: from the open case (its worklist's stage key, acting office's
 * region and due date), one at a time or many in one read; nothing for a closed case or an unknown application.
 */
@IntegrationTest
class ExpectedStagesIntegrationTests {

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
    Worklists worklists;

    @Autowired
    ExpectedNext expectedNext;

    ReviewFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new ReviewFixtures(drafts, materials, submissions, required, partners);
    }

    @Test
    void theOpenCaseAnswersWhereTheApplicationIsExpectedNext() {
        Submitted waiting = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A, Subsidy.CARE);
        Submitted checked = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A, Subsidy.CARE);
        CaseSummary s = reviews.accept(ZZ_CLERK, checked.uuid(), 0);
        s = reviews.completeStep(ZZ_CLERK, checked.uuid(), s.version(), ReviewStep.TOWNSHIP_CHECK);
        assertThat(s.worklist()).isEqualTo(Worklist.FEDERATION_REVIEW);
        assertThat(view(waiting).dueDate()).isNotNull();
        assertThat(s.dueDate()).isNotNull();

        assertThat(expectedNext.of(waiting.id()))
                .contains(new ExpectedStage(
                        "review.stage.TO_ACCEPT", ZHONGYUAN_A, view(waiting).dueDate()));
        assertThat(expectedNext.of(checked.id()))
                .contains(new ExpectedStage("review.stage.FEDERATION_REVIEW", ZHONGYUAN, s.dueDate()));
    }

    @Test
    void manyAtOnceAnswerOnlyTheOpenCases() {
        Submitted open = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A, Subsidy.CARE);
        Submitted withdrawn = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A, Subsidy.CARE);
        fixtures.withdraw(withdrawn);
        Submitted decided = fixtures.submit(ZHONGYUAN_A, ZHONGYUAN_A, Subsidy.CARE);
        decide(decided);
        ApplicationId unknown = ApplicationId.next();

        var stages = expectedNext.of(List.of(open.id(), withdrawn.id(), decided.id(), unknown));

        assertThat(stages).containsOnlyKeys(open.id());
        assertThat(stages.get(open.id()))
                .isEqualTo(new ExpectedStage(
                        "review.stage.TO_ACCEPT", ZHONGYUAN_A, view(open).dueDate()));
        assertThat(expectedNext.of(withdrawn.id())).isEmpty();
        assertThat(expectedNext.of(decided.id())).isEmpty();
        assertThat(expectedNext.of(unknown)).isEmpty();
        assertThat(expectedNext.of(List.of())).isEmpty();
    }

    private void decide(Submitted a) {
        CaseSummary s = reviews.accept(ZZ_CLERK, a.uuid(), 0);
        s = reviews.completeStep(ZZ_CLERK, a.uuid(), s.version(), ReviewStep.TOWNSHIP_CHECK);
        s = reviews.completeStep(ZZ_FEDERATION, a.uuid(), s.version(), ReviewStep.FEDERATION_REVIEW);
        s = reviews.decide(
                ReviewFixtures.ZZ_CIVIL, a.uuid(), s.version(), List.of(SubsidyDecision.approve(Subsidy.CARE)));
        assertThat(s.state()).isEqualTo(CaseState.DECIDED);
    }

    private CaseView view(Submitted a) {
        return worklists.get(ZZ_CLERK, a.uuid());
    }
}
