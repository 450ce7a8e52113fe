package org.liangxiang.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import org.liangxiang.shared.Money;
import org.liangxiang.shared.Subsidy;

/**
 * How one requested subsidy stands: pending, approved (amount, start month, policy reference) or refused (reason,
 * explanation), with the stage, date and staff member of the decision.
 */
public record SubsidyOutcome(
        Subsidy subsidy,
        Outcome outcome,
        Worklist decidedAt,
        RefusalReason reason,
        String explanation,
        Money monthlyAmount,
        YearMonth startMonth,
        String policyReference,
        LocalDate decidedOn,
        UUID decidedBy) {

    public enum Outcome {
        PENDING,
        APPROVED,
        REFUSED
    }

    static SubsidyOutcome pending(Subsidy subsidy) {
        return new SubsidyOutcome(subsidy, Outcome.PENDING, null, null, null, null, null, null, null, null);
    }

    boolean pending() {
        return outcome == Outcome.PENDING;
    }

    SubsidyOutcome approved(Worklist at, Money amount, YearMonth start, String reference, LocalDate on, UUID by) {
        return new SubsidyOutcome(subsidy, Outcome.APPROVED, at, null, null, amount, start, reference, on, by);
    }

    SubsidyOutcome refused(Worklist at, RefusalReason why, String text, LocalDate on, UUID by) {
        return new SubsidyOutcome(subsidy, Outcome.REFUSED, at, why, text, null, null, null, on, by);
    }
}
