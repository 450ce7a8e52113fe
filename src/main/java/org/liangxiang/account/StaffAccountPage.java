package org.liangxiang.account;

import java.util.List;

/** One page of staff accounts: the rows, the page number (from 0), the page size and the total found. */
record StaffAccountPage(List<StaffAccountRow> rows, int page, int size, long total) {

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
