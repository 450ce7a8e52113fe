package org.liangxiang.eligibility;

import java.util.List;

/** One page of outreach tasks (oldest first) and how many match in all. */
public record OutreachPage(List<AssignedTask> items, long total, int page, int size) {

    public OutreachPage {
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
