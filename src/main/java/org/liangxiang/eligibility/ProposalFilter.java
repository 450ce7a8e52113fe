package org.liangxiang.eligibility;

import org.liangxiang.shared.Subsidy;

/**
 * What a county's list of re-check proposals shows: a status (PENDING when null), and optionally one kind, one subsidy
 * and one region (a township or county inside the jurisdiction; blank for the whole jurisdiction).
 */
public record ProposalFilter(ProposalStatus status, ProposalKind kind, Subsidy subsidy, String region) {

    public ProposalFilter {
        status = status == null ? ProposalStatus.PENDING : status;
        region = region == null ? "" : region.strip();
    }

    public static ProposalFilter pending() {
        return new ProposalFilter(ProposalStatus.PENDING, null, null, "");
    }
}
