package org.liangxiang.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liangxiang.policy.ReviewOffice;
import org.liangxiang.policy.ReviewStep;

/** One page of a worklist, by due date (done cases: latest first), with the total count of the list. */
public record WorklistPage(Worklist worklist, int page, int size, long total, List<Item> items) {

    /** A case in a list. */
    public record Item(
            UUID applicationId,
            String number,
            String channel,
            CaseState state,
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
            LocalDate closedOn) {}

    /** How many cases a list holds, and how many of them are overdue. */
    public record Count(Worklist worklist, long cases, long overdue) {}
}
