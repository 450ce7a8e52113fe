package org.liangxiang.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.ExpectedNext;
import org.liangxiang.intake.ExpectedStage;
import org.liangxiang.shared.database.InsertsAtCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Intake's {@link ExpectedNext}, answered from the open case itself: the stage is the case's worklist ({@link
 * Worklist#stageKey()}), the office its acting office's region, the date its due date. Read live (a recomputed due date
 * shows at once); a closed case answers nothing.
 */
@Component
class ExpectedStages implements ExpectedNext {

    private final JdbcClient jdbc;
    private final InsertsAtCommit inserts;

    ExpectedStages(JdbcClient jdbc, InsertsAtCommit inserts) {
        this.jdbc = jdbc;
        this.inserts = inserts;
    }

    @Override
    public Optional<ExpectedStage> of(ApplicationId id) {
        inserts.flush(); // a case opened in this transaction is written first (CaseStore#insert)
        return jdbc.sql("""
                        SELECT application_id, worklist, office_region, due_date FROM review_case
                         WHERE application_id = ? AND closed_at IS NULL""")
                .param(id.value())
                .query(ExpectedStages::stage)
                .optional()
                .map(Map.Entry::getValue);
    }

    @Override
    public Map<ApplicationId, ExpectedStage> of(Collection<ApplicationId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        inserts.flush();
        Map<ApplicationId, ExpectedStage> stages = new LinkedHashMap<>();
        jdbc.sql("""
                        SELECT application_id, worklist, office_region, due_date FROM review_case
                         WHERE application_id IN (:ids) AND closed_at IS NULL""")
                .param("ids", ids.stream().map(ApplicationId::value).distinct().toList())
                .query(ExpectedStages::stage)
                .list()
                .forEach(e -> stages.put(e.getKey(), e.getValue()));
        return stages;
    }

    private static Map.Entry<ApplicationId, ExpectedStage> stage(ResultSet rs, int n) throws SQLException {
        return Map.entry(
                new ApplicationId(rs.getObject("application_id", UUID.class)),
                new ExpectedStage(
                        Worklist.valueOf(rs.getString("worklist")).stageKey(),
                        rs.getString("office_region"),
                        rs.getObject("due_date", LocalDate.class)));
    }
}
