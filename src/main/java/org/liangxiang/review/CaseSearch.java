package org.liangxiang.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liangxiang.region.Regions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The worklist page's reads beyond {@link Worklists}: a list with the overdue or due-within-a-day filter, the cases
 * forwarded into and out of the jurisdiction, the cases the staff member's office acted on (已办), and given cases (a
 * search result) as far as the staff member may read them. The jurisdiction is applied in every query.
 */
@Service
public class CaseSearch {

    /** One page of a view, with the number of cases the view holds. */
    public record Page(
            WorkView view, WorkFilter filter, int page, int size, long total, List<WorklistPage.Item> items) {

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }

    private static final String ROW = "SELECT c.*, c.chain -> c.step_position ->> 'step' AS step_name,"
            + " count(*) OVER () AS total FROM review_case c WHERE ";
    /** Forwarding is the only act that makes another township than the receiving one the owner. */
    private static final String FORWARDED = "c.owner_township <> c.receiving_township";

    /** Assigned to the staff member ({@code review_case_assignment}). */
    private static final String MINE = " AND EXISTS (SELECT 1 FROM review_case_assignment a"
            + " WHERE a.application_id = c.application_id AND a.assignee = :me)";

    private final JdbcClient jdbc;
    private final Deadlines deadlines;
    private final Worklists worklists;

    CaseSearch(JdbcClient jdbc, Deadlines deadlines, Worklists worklists) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.worklists = worklists;
    }

    /** One page (from 0) of the view; open lists by due date, the done view latest closed or acted on first. */
    @Transactional(readOnly = true)
    public Page page(Reviewer reviewer, WorkView view, WorkFilter filter, int page, int size) {
        return page(reviewer, view, filter, false, page, size);
    }

    /**
     * One page (from 0) of the view, with {@code mine}: only the cases assigned to the staff member ({@link
     * CaseAssignments}).
     */
    @Transactional(readOnly = true)
    public Page page(Reviewer reviewer, WorkView view, WorkFilter filter, boolean mine, int page, int size) {
        Worklists.checkPaging(page, size);
        LocalDate today = deadlines.today();
        String sql = ROW + where(view) + due(filter) + (mine ? MINE : "") + order(view) + " LIMIT :size OFFSET :offset";
        long[] total = {0};
        List<WorklistPage.Item> items = params(jdbc.sql(sql), reviewer, view, today)
                .param("size", size)
                .param("offset", (long) page * size)
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return worklists.item(rs, today);
                })
                .list();
        return new Page(view, filter, page, size, items.isEmpty() ? 0 : total[0], items);
    }

    /**
     * The number of cases of each view that is not a worklist (forwarded in, forwarded out, done), with the same
     * jurisdiction and office as {@link #page}; the worklists' own counts are {@link Worklists#counts}.
     */
    @Transactional(readOnly = true)
    public Map<WorkView, Long> viewCounts(Reviewer reviewer) {
        Map<WorkView, Long> counts = new EnumMap<>(WorkView.class);
        LocalDate today = deadlines.today();
        for (WorkView view : List.of(WorkView.FORWARDED_IN, WorkView.FORWARDED_OUT, WorkView.DONE)) {
            counts.put(
                    view,
                    params(jdbc.sql("SELECT count(*) FROM review_case c WHERE " + where(view)), reviewer, view, today)
                            .query(Long.class)
                            .single());
        }
        return counts;
    }

    private JdbcClient.StatementSpec params(
            JdbcClient.StatementSpec spec, Reviewer reviewer, WorkView view, LocalDate today) {
        return spec.param(
                        "worklist",
                        view.worklist() == null ? "" : view.worklist().name())
                .param("offices", Worklists.offices(reviewer))
                .param(
                        "office",
                        reviewer.office() == null ? "" : reviewer.office().name())
                .param("jurisdiction", reviewer.jurisdiction())
                .param("me", reviewer.accountId())
                .param("today", today)
                .param("tomorrow", deadlines.plus(today, 1).date());
    }

    /** The given cases that the staff member may read (receiving or home township in the jurisdiction), by due date. */
    @Transactional(readOnly = true)
    public List<WorklistPage.Item> readable(Reviewer reviewer, Collection<UUID> applicationIds) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        LocalDate today = deadlines.today();
        return jdbc.sql(ROW + "c.application_id IN (:ids) AND " + CaseStore.READABLE
                        + " ORDER BY c.due_date NULLS LAST, c.application_id")
                .param("ids", applicationIds)
                .param("jurisdiction", reviewer.jurisdiction())
                .query((rs, n) -> worklists.item(rs, today))
                .list();
    }

    private static String where(WorkView view) {
        String receivedHere = Regions.withinSubtree("c.receiving_township", "jurisdiction");
        String notReceivedHere = "NOT " + receivedHere;
        String ownedHere = CaseStore.OWNED;
        return switch (view) {
            case FORWARDED_IN -> FORWARDED + " AND " + ownedHere + " AND " + notReceivedHere;
            case FORWARDED_OUT -> FORWARDED + " AND " + receivedHere + " AND NOT " + ownedHere;
            case DONE ->
                "(" + actedOn() + " OR (c.closed_at IS NOT NULL AND c.office IN (:offices) AND " + ownedHere + "))";
            default -> "c.closed_at IS NULL AND c.worklist = :worklist AND c.office IN (:offices) AND " + ownedHere;
        };
    }

    /** A step of the case completed by the staff member's kind of office within the jurisdiction. */
    private static String actedOn() {
        return "EXISTS (SELECT 1 FROM review_case_step s WHERE s.application_id = c.application_id"
                + " AND s.completed_on IS NOT NULL AND s.office = :office AND "
                + Regions.withinSubtree("s.office_region", "jurisdiction") + ")";
    }

    private static String due(WorkFilter filter) {
        return switch (filter) {
            case ALL -> "";
            case OVERDUE -> " AND c.closed_at IS NULL AND c.due_date < :today";
            case DUE_WITHIN_A_DAY -> " AND c.closed_at IS NULL AND c.due_date BETWEEN :today AND :tomorrow";
        };
    }

    private static String order(WorkView view) {
        return view == WorkView.DONE
                ? " ORDER BY c.closed_at DESC NULLS FIRST, c.due_date, c.application_id"
                : " ORDER BY c.due_date NULLS LAST, c.application_id";
    }
}
