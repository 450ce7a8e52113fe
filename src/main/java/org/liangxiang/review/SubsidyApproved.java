package org.liangxiang.review;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.liangxiang.shared.Money;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/**
 * A subsidy was approved by the civil-affairs decision: what payment needs to enrol the beneficiary. Ids and codes
 * only.
 *
 * @param monthlyAmount the monthly amount from the policy in force (the tier of the certificate's level, if any)
 * @param startMonth the first month paid (policy {@code money.paymentStart})
 * @param payeeAccountId intake's payee-account record
 * @param policyVersionIds the policy versions the amount and start came from (with the region and date in the case's
 *     stored reference, they reproduce the policy)
 */
public record SubsidyApproved(
        EventEnvelope envelope,
        UUID applicationId,
        Subsidy subsidy,
        Money monthlyAmount,
        YearMonth startMonth,
        UUID payeeAccountId,
        List<UUID> policyVersionIds)
        implements DomainEvent {

    public SubsidyApproved {
        policyVersionIds = List.copyOf(policyVersionIds);
    }
}
