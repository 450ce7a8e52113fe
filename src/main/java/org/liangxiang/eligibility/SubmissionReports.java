package org.liangxiang.eligibility;

import java.sql.Array;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.Applications;
import org.liangxiang.intake.SubmittedPerson;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.database.InsertsAtCommit;
import org.liangxiang.shared.scheduling.DeferredWork;
import org.liangxiang.shared.scheduling.DeferredWorkPacing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evidence reports owed for submitted applications ({@code elig_report_due}): recorded in the submitting
 * transaction (written at its commit with its other rows), made by a job in batches after the commit. A batch is one transaction: its pending rows
 * locked ({@code SKIP LOCKED}, so two nodes or runs never take the same rows), the people read from intake once, the
 * reports made by {@link EvidenceReports#onSubmissions} (facts, earlier reports and the certificate register read once
 * for the batch; stored and audited by one statement each), the rows marked handled. When a batch fails, its rows are
 * made one at a time (each in a savepoint), so that one row that cannot be made holds up no other; such a row is tried
 * again on later runs, at most {@link #MOST_ATTEMPTS} times, then left (its id logged) for an operator.
 *
 * <p>The job's batches are deferred work, paced ({@link DeferredWorkPacing}) to {@code
 * liangxiang.eligibility.reports-cpu-share} of one core (default 0.5), and to {@code
 * liangxiang.eligibility.reports-busy-cpu-share} (default 0.1) while the machine's load is at or above
 * {@code liangxiang.scheduling.busy-load} (default 0.85), a share the node's deferred jobs take together ({@link
 * DeferredWork}): the reports are for the staff's acceptance, days away, and under a burst of submissions they wait a
 * few seconds so that the submissions keep the machine.
 */
@Component
class SubmissionReports {

    static final int MOST_ATTEMPTS = 5;

    /** The rows owed, written before the commit with the transaction's other rows. */
    static final InsertsAtCommit.Table DUE = new InsertsAtCommit.Table(
            "INSERT INTO elig_report_due (application_id, subsidies) VALUES",
            "(?, ?)",
            "ON CONFLICT (application_id) DO NOTHING");

    private static final Logger log = LoggerFactory.getLogger(SubmissionReports.class);

    private final JdbcClient jdbc;
    private final InsertsAtCommit inserts;
    private final Applications applications;
    private final EvidenceReports reports;
    private final TransactionTemplate tx;
    private final TransactionTemplate savepoint;
    private final int batchSize;
    private final DeferredWorkPacing pacing;

    SubmissionReports(
            JdbcClient jdbc,
            InsertsAtCommit inserts,
            Applications applications,
            EvidenceReports reports,
            PlatformTransactionManager transactions,
            @Value("${liangxiang.eligibility.reports-batch-size:100}") int batchSize,
            @Value("${liangxiang.eligibility.reports-cpu-share:0.5}") double cpuShare,
            @Value("${liangxiang.eligibility.reports-busy-cpu-share:0.1}") double busyCpuShare,
            @Value("${liangxiang.scheduling.busy-load:0.85}") double busyLoad,
            DeferredWork deferredWork) {
        this.jdbc = jdbc;
        this.inserts = inserts;
        this.applications = applications;
        this.reports = reports;
        this.tx = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        this.batchSize = batchSize;
        this.pacing = deferredWork.pacing("liangxiang.eligibility.reports-", cpuShare, busyCpuShare, busyLoad);
    }

    /** A pending row: the application and the subsidies asked. */
    record Due(UUID applicationId, Set<Subsidy> subsidies) {}

    /**
     * Records the reports owed, in the caller's transaction: written with its other rows kept for the commit (the
     * submission's audit records and inbox rows: one statement, {@link InsertsAtCommit}); an application recorded
     * already is not recorded again.
     */
    void record(UUID applicationId, Set<Subsidy> subsidies) {
        inserts.insert(DUE, List.<Object[]>of(new Object[] {
            applicationId, subsidies.stream().map(Subsidy::name).toArray(String[]::new)
        }));
    }

    @Scheduled(
            initialDelayString = "${liangxiang.eligibility.reports-delay:PT1S}",
            fixedDelayString = "${liangxiang.eligibility.reports-delay:PT1S}")
    @SchedulerLock(name = "eligibility-submission-reports", lockAtMostFor = "PT10M")
    public void run() {
        int handled;
        do {
            handled = pacing.turn(this::drainBatch);
        } while (handled >= batchSize);
    }

    /** One batch of pending rows in a transaction of its own; answers how many rows it took. */
    int drainBatch() {
        try {
            Integer handled = tx.execute(s -> {
                List<Due> rows = lockPending();
                make(rows);
                return rows.size();
            });
            return handled == null ? 0 : handled;
        } catch (RuntimeException e) {
            log.warn("Evidence reports: a batch failed ({}); making its reports one at a time", e.toString());
            Integer handled = tx.execute(s -> oneAtATime(lockPending()));
            return handled == null ? 0 : handled;
        }
    }

    private int oneAtATime(List<Due> rows) {
        for (Due row : rows) {
            try {
                savepoint.executeWithoutResult(s -> make(List.of(row)));
            } catch (RuntimeException e) {
                log.warn("Evidence reports: application {} failed ({})", row.applicationId(), e.toString());
                jdbc.sql("UPDATE elig_report_due SET attempts = attempts + 1 WHERE application_id = ?")
                        .param(row.applicationId())
                        .update();
            }
        }
        return rows.size();
    }

    /** The reports of the rows, and the rows marked handled, in the caller's transaction. */
    private void make(List<Due> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Map<ApplicationId, SubmittedPerson> people =
                applications
                        .submittedPeople(rows.stream()
                                .map(r -> new ApplicationId(r.applicationId()))
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(SubmittedPerson::applicationId, Function.identity()));
        reports.onSubmissions(rows.stream()
                .filter(r -> people.containsKey(new ApplicationId(r.applicationId())))
                .map(r -> owed(r, people.get(new ApplicationId(r.applicationId()))))
                .toList());
        jdbc.sql("UPDATE elig_report_due SET handled_at = now() WHERE application_id IN (:ids)")
                .param("ids", rows.stream().map(Due::applicationId).toList())
                .update();
    }

    private static EvidenceReports.Owed owed(Due row, SubmittedPerson p) {
        return new EvidenceReports.Owed(
                row.applicationId(),
                p.residentId(),
                p.certificateNumber(),
                RegionCode.of(p.homeTownship()),
                p.submittedOn(),
                row.subsidies());
    }

    /** The oldest pending rows still worth trying, locked until the transaction ends; others' rows are skipped. */
    private List<Due> lockPending() {
        return jdbc.sql("""
                        SELECT application_id, subsidies FROM elig_report_due
                         WHERE handled_at IS NULL AND attempts < ? ORDER BY recorded_at, application_id LIMIT ?
                         FOR UPDATE SKIP LOCKED""")
                .params(MOST_ATTEMPTS, batchSize)
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), subsidies(rs.getArray(2))))
                .list();
    }

    private static Set<Subsidy> subsidies(Array array) throws SQLException {
        Set<Subsidy> result = EnumSet.noneOf(Subsidy.class);
        for (String name : (String[]) array.getArray()) {
            result.add(Subsidy.valueOf(name));
        }
        return result;
    }
}
