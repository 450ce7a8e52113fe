package org.liangxiang.eligibility;

import java.util.List;

/** One page of re-check proposals (oldest first) and how many match in all. */
public record ProposalPage(List<RecheckProposal> items, long total, int page, int size) {

    public ProposalPage {
        items = List.copyOf(items);
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }
}
