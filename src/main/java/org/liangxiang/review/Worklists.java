package org.liangxiang.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liangxiang.policy.ReviewOffice;
import org.liangxiang.policy.ReviewStep;
import org.liangxiang.shared.InvalidValueException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff read: their worklists (cases owned by townships of their jurisdiction, for their kind of office; roles
 * that only read see every office's), counts per list, and one case in full (readable where the receiving or the home
 * township is in their jurisdiction). A page is one query on the index of open cases by township, list and due date.
 */
@Service
public class Worklists {

    static final int MAX_PAGE_SIZE = 100;

    private final JdbcClient jdbc;
    private final CaseStore store;
    private final CaseViews views;
    private final Deadlines deadlines;

    Worklists(JdbcClient jdbc, CaseStore store, CaseViews views, Deadlines deadlines) {
        this.jdbc = jdbc;
        this.store = store;
        this.views = views;
        this.deadlines = deadlines;
    }

    /** One page (from 0) of the list, by due date; the done list by the day it closed, latest first. */
    @Transactional(readOnly = true)
    public WorklistPage page(Reviewer reviewer, Worklist list, int page, int size) {
        checkPaging(page, size);
        String sql = pageQuery(list == Worklist.DONE);
        LocalDate today = deadlines.today();
        long[] total = {0};
        List<WorklistPage.Item> items = jdbc.sql(sql)
                .param("worklist", list.name())
                .param("offices", offices(reviewer))
                .param("jurisdiction", reviewer.jurisdiction())
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return item(rs, today);
                })
                .list();
        return new WorklistPage(list, page, size, items.isEmpty() ? count(reviewer, list) : total[0], items);
    }

    /**
     * The page's keys first (for open lists an index-only range of {@code review_case_open_list_idx}, sorted by due date
     * without reading the cases), then only the page's cases; the list's total is a count over the same index, once
     * per query. So a page costs the keys of the list, not the rows: no {@code count(*) OVER ()} over whole cases.
     */
    static String pageQuery(boolean done) {
        String where = (done ? "c.closed_at IS NOT NULL" : "c.closed_at IS NULL")
                + " AND c.worklist = :worklist AND c.office IN (:offices) AND " + CaseStore.OWNED;
        String order = done ? "closed_at DESC, application_id" : "due_date, application_id";
        return "WITH page AS (SELECT c.application_id, c." + (done ? "closed_at" : "due_date")
                + " FROM review_case c WHERE " + where + " ORDER BY c." + order.replace(", ", ", c.")
                + " LIMIT :size OFFSET :offset)"
                + " SELECT c.*, c.chain -> c.step_position ->> 'step' AS step_name,"
                + " (SELECT count(*) FROM review_case c WHERE " + where + ") AS total"
                + " FROM page p JOIN review_case c ON c.application_id = p.application_id"
                + " ORDER BY p." + order.replace(", ", ", p.");
    }

    /** Every list with its number of cases and of overdue cases. */
    @Transactional(readOnly = true)
    public List<WorklistPage.Count> counts(Reviewer reviewer) {
        Map<Worklist, WorklistPage.Count> counts = new EnumMap<>(Worklist.class);
        Arrays.stream(Worklist.values()).forEach(w -> counts.put(w, new WorklistPage.Count(w, 0, 0)));
        jdbc.sql("SELECT c.worklist, count(*) AS cases, count(*) FILTER (WHERE c.due_date < :today) AS overdue"
                        + " FROM review_case c WHERE c.office IN (:offices) AND " + CaseStore.OWNED
                        + " GROUP BY c.worklist")
                .param("today", deadlines.today())
                .param("offices", offices(reviewer))
                .param("jurisdiction", reviewer.jurisdiction())
                .query((rs, n) -> new WorklistPage.Count(
                        Worklist.valueOf(rs.getString("worklist")), rs.getLong("cases"), rs.getLong("overdue")))
                .list()
                .forEach(c -> counts.put(c.worklist(), c));
        return List.copyOf(counts.values());
    }

    /** The case in full, when the staff member may read it; else {@link CaseNotFoundException}. */
    @Transactional(readOnly = true)
    public CaseView get(Reviewer reviewer, UUID id) {
        return store.forRead(id, reviewer.jurisdiction())
                .map(c -> views.of(c, deadlines.today()))
                .orElseThrow(() -> new CaseNotFoundException(id));
    }

    private long count(Reviewer reviewer, Worklist list) {
        return counts(reviewer).stream()
                .filter(c -> c.worklist() == list)
                .mapToLong(WorklistPage.Count::cases)
                .sum();
    }

    static List<String> offices(Reviewer reviewer) {
        return reviewer.office() == null
                ? Arrays.stream(ReviewOffice.values()).map(Enum::name).toList()
                : List.of(reviewer.office().name());
    }

    /** Refuses a page number below 0 or a page size outside 1 to {@link #MAX_PAGE_SIZE} (every case list's paging). */
    static void checkPaging(int page, int size) {
        if (page < 0) {
            throw new InvalidValueException("page", "PAGE_NEGATIVE", "页码从0开始", "Pages count from 0");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidValueException("size", "PAGE_SIZE_RANGE", "每页1到100条", "A page holds 1 to 100 cases");
        }
    }

    /** One list item from a {@code review_case} row with {@code step_name} (every case list reads the same columns). */
    WorklistPage.Item item(ResultSet rs, LocalDate today) throws SQLException {
        LocalDate due = rs.getObject("due_date", LocalDate.class);
        String step = rs.getString("step_name");
        return new WorklistPage.Item(
                rs.getObject("application_id", UUID.class),
                rs.getString("number"),
                rs.getString("channel"),
                CaseState.valueOf(rs.getString("state")),
                step == null ? null : ReviewStep.valueOf(step),
                rs.getLong("version"),
                rs.getString("receiving_township"),
                rs.getString("home_township"),
                rs.getString("owner_township"),
                rs.getString("target_province"),
                ReviewOffice.valueOf(rs.getString("office")),
                rs.getString("office_region"),
                rs.getObject("submitted_on", LocalDate.class),
                due,
                !CaseStore.years(rs.getArray("due_provisional_years")).isEmpty(),
                deadlines.workingDaysLeft(due, today),
                Deadlines.overdue(due, today),
                rs.getObject("closed_on", LocalDate.class));
    }
}
