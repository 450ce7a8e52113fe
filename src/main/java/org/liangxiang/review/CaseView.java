package org.liangxiang.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liangxiang.intake.CorrectionItem;
import org.liangxiang.policy.ReviewOffice;
import org.liangxiang.policy.ReviewStep;

/**
 * A case as staff see it: where it is, who owns and acts on it, its due date with the working days left, the
 * subsidies with their outcomes, the steps as they went, and while returned what was asked for.
 *
 * @param version the version to name in the next act
 * @param workingDaysLeft working days from today to the due date (negative when overdue), null when nothing is due
 * @param dueProvisional whether the due date relied on a year without a published holiday schedule
 * @param paused whether the case's clock is stopped (returned, or a public notice that pauses it)
 * @param targetProvince the province to forward to ({@code 440000}), for {@link CaseState#TO_FORWARD_TO_PROVINCE}
 * @param chainPolicy the reference of the policy the chain was taken from (policy.PolicyReference)
 */
public record CaseView(
        UUID applicationId,
        String number,
        String channel,
        CaseState state,
        Worklist worklist,
        ReviewStep step,
        long version,
        String receivingTownship,
        String homeTownship,
        String ownerTownship,
        String targetProvince,
        ReviewOffice office,
        String officeRegion,
        LocalDate submittedOn,
        LocalDate dueDate,
        boolean dueProvisional,
        Integer workingDaysLeft,
        boolean overdue,
        boolean paused,
        List<SubsidyOutcome> subsidies,
        List<StepView> steps,
        Correction correction,
        Notice notice,
        String chainPolicy,
        LocalDate closedOn) {

    /** What a return asked for, and by when. */
    public record Correction(
            Worklist returnedAt, List<CorrectionItem> items, String note, LocalDate startedOn, LocalDate due) {}

    /** A public notice under way. */
    public record Notice(LocalDate startedOn, LocalDate endsOn, int workingDays, long objections) {}

    /** One pass of a step of the chain. */
    public record StepView(
            int position,
            ReviewStep step,
            ReviewOffice office,
            String officeRegion,
            int workingDays,
            LocalDate startedOn,
            LocalDate dueDate,
            LocalDate completedOn,
            String outcome) {}
}
