package org.liangxiang.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.account.StaffRole;
import org.liangxiang.policy.ReviewOffice;
import org.liangxiang.policy.ReviewStep;

/** Which office's acts each staff role does, and the stage each list shows the applicant. */
class ReviewerTests {

    @ParameterizedTest(name = "{0} acts for {1}")
    @CsvSource(
            nullValues = "-",
            value = {
                "TOWNSHIP_CLERK,         TOWNSHIP",
                "FEDERATION_REVIEWER,    COUNTY_FEDERATION",
                "CIVIL_AFFAIRS_APPROVER, COUNTY_CIVIL_AFFAIRS",
                "STAFF_ASSISTANT,        -",
                "COUNTY_SUPERVISOR,      -",
                "CITY_SUPERVISOR,        -",
                "PROVINCE_SUPERVISOR,    -",
                "SYSTEM_ADMIN,           -",
                "SECURITY_ADMIN,         -",
                "AUDIT_ADMIN,            -",
            })
    void eachRoleActsForOneKindOfOfficeOrOnlyReads(StaffRole role, ReviewOffice office) {
        assertThat(new Reviewer(UUID.randomUUID(), role, "410102").office()).isEqualTo(office);
    }

    @ParameterizedTest
    @CsvSource({
        "TOWNSHIP_CHECK, review.stage.TOWNSHIP_CHECK",
        "FEDERATION_REVIEW, review.stage.FEDERATION_REVIEW",
        "PUBLIC_NOTICE, review.stage.PUBLIC_NOTICE",
        "CIVIL_AFFAIRS_DECISION, review.stage.CIVIL_AFFAIRS_DECISION",
    })
    void eachStepHasItsListAndStage(ReviewStep step, String stageKey) {
        Worklist list = Worklist.of(step);
        assertThat(list.isStep()).isTrue();
        assertThat(list.step()).isEqualTo(step);
        assertThat(list.stageKey()).isEqualTo(stageKey);
    }
}
