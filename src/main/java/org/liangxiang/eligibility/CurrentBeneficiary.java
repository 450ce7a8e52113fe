package org.liangxiang.eligibility;

import org.liangxiang.shared.Subsidy;

/**
 * A current beneficiary as the {@link Beneficiaries} port gives it: the port's own id, the person's blind index (never
 * the resident id), the subsidy, the paying township and the masked resident id for the county's list.
 */
public record CurrentBeneficiary(
        String beneficiaryId, byte[] residentIndex, Subsidy subsidy, String townshipCode, String residentMasked) {}
