package org.liangxiang.review;

import java.time.LocalDate;
import java.util.UUID;
import org.liangxiang.policy.ReviewStep;

/**
 * A case's current state in brief, as a 409 answer carries it: the state, the list it is in, the step (in the chain),
 * the version to act on, the due date and the owning township.
 */
public record CaseSummary(
        UUID applicationId,
        CaseState state,
        Worklist worklist,
        ReviewStep step,
        long version,
        LocalDate dueDate,
        String ownerTownship) {}
