package org.liangxiang.review;

import java.util.List;
import java.util.UUID;
import org.liangxiang.calendar.WorkingDayDate;
import org.liangxiang.calendar.WorkingDayScheduleEntered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A calendar year got its schedule: every open case whose due date was answered provisionally for that year gets it
 * again from what it stored (clock, correction window, notice period). One query finds them (GIN index on the years);
 * each is rewritten only if no act changed it meanwhile (same version), which an act's own due date already took the
 * schedule into account for. Running twice changes nothing the second time.
 */
@Component
class DeadlineRecomputation {

    private static final Logger log = LoggerFactory.getLogger(DeadlineRecomputation.class);

    private final JdbcClient jdbc;
    private final CaseStore store;
    private final CaseFlow flow;

    DeadlineRecomputation(JdbcClient jdbc, CaseStore store, CaseFlow flow) {
        this.jdbc = jdbc;
        this.store = store;
        this.flow = flow;
    }

    @ApplicationModuleListener
    void on(WorkingDayScheduleEntered entered) {
        int changed = recompute(entered.year());
        log.info("Calendar {} entered: {} case due dates recomputed", entered.year(), changed);
    }

    /** Recomputes the due dates that relied on the year; answers how many changed. */
    @Transactional
    int recompute(int year) {
        List<UUID> ids = jdbc.sql("""
                SELECT application_id FROM review_case
                WHERE closed_at IS NULL AND due_provisional_years <> '{}' AND due_provisional_years @> ARRAY[?]""").param(year).query(UUID.class).list();
        int changed = 0;
        for (UUID id : ids) {
            if (recomputeOne(id)) {
                changed++;
            }
        }
        return changed;
    }

    private boolean recomputeOne(UUID id) {
        ReviewCase c = store.forSystem(id).orElse(null);
        if (c == null || !c.state.open()) {
            return false;
        }
        WorkingDayDate due = flow.recomputedDue(c);
        int rows = jdbc.sql("""
                UPDATE review_case SET due_date = ?, due_provisional_years = CAST(? AS integer[]), updated_at = now()
                WHERE application_id = ? AND version = ?""")
                .params(due.date(), CaseStore.yearsLiteral(due.provisionalYears()), id, c.version)
                .update();
        if (rows == 1 && c.state != CaseState.RETURNED) {
            store.redueStep(id, due.date());
        }
        return rows == 1 && !due.date().equals(c.dueDate);
    }
}
