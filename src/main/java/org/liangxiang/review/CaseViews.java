package org.liangxiang.review;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liangxiang.policy.ReviewOffice;
import org.liangxiang.policy.ReviewStep;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds the full view of a case: its row, its steps as they went, and the objections of a running notice. */
@Component
class CaseViews {

    private final JdbcClient jdbc;
    private final Deadlines deadlines;

    CaseViews(JdbcClient jdbc, Deadlines deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    CaseView of(ReviewCase c, LocalDate today) {
        boolean inChain = c.chain != null && c.stepPosition != null;
        return new CaseView(
                c.applicationId,
                c.number,
                c.channel,
                c.state,
                c.worklist(),
                inChain ? c.currentStep().step() : null,
                c.version,
                c.receivingTownship,
                c.homeTownship,
                c.ownerTownship,
                c.targetProvince,
                c.office,
                c.officeRegion,
                c.submittedOn,
                c.dueDate,
                !c.dueProvisionalYears.isEmpty(),
                deadlines.workingDaysLeft(c.dueDate, today),
                Deadlines.overdue(c.dueDate, today),
                c.state.open() && !c.clock.running(),
                List.copyOf(c.subsidies.values()),
                steps(c.applicationId),
                c.state == CaseState.RETURNED
                        ? new CaseView.Correction(
                                c.resumeWorklist, c.correctionItems, c.correctionNote, c.correctionStartedOn, c.dueDate)
                        : null,
                c.state == CaseState.IN_PUBLIC_NOTICE
                        ? new CaseView.Notice(
                                c.noticeStartedOn,
                                c.noticeEndsOn,
                                c.noticeDays,
                                objections(c.applicationId, c.noticeStartedOn))
                        : null,
                c.chainPolicy,
                c.closedOn);
    }

    private List<CaseView.StepView> steps(UUID id) {
        return jdbc.sql("SELECT * FROM review_case_step WHERE application_id = ? ORDER BY id")
                .param(id)
                .query((rs, n) -> new CaseView.StepView(
                        rs.getInt("position"),
                        ReviewStep.valueOf(rs.getString("step")),
                        ReviewOffice.valueOf(rs.getString("office")),
                        rs.getString("office_region"),
                        rs.getInt("working_days"),
                        rs.getObject("started_on", LocalDate.class),
                        rs.getObject("due_date", LocalDate.class),
                        rs.getObject("completed_on", LocalDate.class),
                        rs.getString("outcome")))
                .list();
    }

    private long objections(UUID id, LocalDate since) {
        return jdbc.sql("SELECT count(*) FROM review_objection WHERE application_id = ? AND recorded_on >= ?")
                .params(id, since)
                .query(Long.class)
                .single();
    }
}
