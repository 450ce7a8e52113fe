package org.liangxiang.notification;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.ApplicationRecipients;
import org.liangxiang.intake.Applications;
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
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application events still to be told ({@code notification_inbox}): recorded in the transaction that raises them,
 * all of one transaction's events written just before it commits (with its audit records, by one statement), turned
 * into messages and SMS by a job in batches. A batch is one transaction: its pending rows locked ({@code SKIP LOCKED},
 * so two nodes or runs never take the same rows), the applications' numbers and accounts read from intake once for the
 * batch, each account's number read once, the batch's notices written through {@link Notifications#notifyAll}
 * (messages and SMS by one statement each; once per event and account), the rows marked handled. A batch that does not
 * commit (a crash, a restart) leaves its rows pending for the next run; a notice already written is not written again.
 *
 * <p>The job's batches are deferred work, paced ({@link DeferredWorkPacing}) to {@code
 * liangxiang.notification.inbox-cpu-share} of one core (default 0.5), and to {@code
 * liangxiang.notification.inbox-busy-cpu-share} (default 0.1) while the machine's load is at or above
 * {@code liangxiang.scheduling.busy-load} (default 0.85), a share the node's deferred jobs take together ({@link
 * DeferredWork}): under a burst of submissions the accounts are told a few seconds later and the submissions keep the
 * machine.
 */
@Component
class NotificationInbox {

    private static final Logger log = LoggerFactory.getLogger(NotificationInbox.class);

    /** The inbox's rows, written before the commit with the transaction's other rows. */
    static final InsertsAtCommit.Table ROWS = new InsertsAtCommit.Table(
            "INSERT INTO notification_inbox (event_id, kind, application_id, parameters) VALUES",
            "(?, ?, ?, ?)",
            "ON CONFLICT (event_id) DO NOTHING");

    private final JdbcClient jdbc;
    private final InsertsAtCommit inserts;
    private final Applications applications;
    private final Notifications notifications;
    private final TransactionTemplate tx;
    private final int batchSize;
    private final DeferredWorkPacing pacing;

    NotificationInbox(
            JdbcClient jdbc,
            InsertsAtCommit inserts,
            Applications applications,
            Notifications notifications,
            PlatformTransactionManager transactions,
            @Value("${liangxiang.notification.inbox-batch-size:100}") int batchSize,
            @Value("${liangxiang.notification.inbox-cpu-share:0.5}") double cpuShare,
            @Value("${liangxiang.notification.inbox-busy-cpu-share:0.1}") double busyCpuShare,
            @Value("${liangxiang.scheduling.busy-load:0.85}") double busyLoad,
            DeferredWork deferredWork) {
        this.jdbc = jdbc;
        this.inserts = inserts;
        this.applications = applications;
        this.notifications = notifications;
        this.tx = new TransactionTemplate(transactions);
        this.batchSize = batchSize;
        this.pacing = deferredWork.pacing("liangxiang.notification.inbox-", cpuShare, busyCpuShare, busyLoad);
    }

    /** A pending row: the notice to make, without the application number (read when it is handled). */
    record Pending(UUID eventId, NoticeKind kind, UUID applicationId, List<String> parameters) {}

    /**
     * Records the event to tell, in the caller's transaction: kept with the transaction's other rows and written with
     * them by one statement just before it commits ({@link InsertsAtCommit}: with the act's audit records), so that a
     * rolled-back transaction writes nothing and a failed write fails the commit. Outside a transaction (or once the
     * transaction's rows are written) the row is written at once. An event recorded already is not recorded again.
     */
    void record(UUID eventId, NoticeKind kind, UUID applicationId, String... parameters) {
        inserts.insert(ROWS, List.<Object[]>of(new Object[] {eventId, kind.name(), applicationId, parameters.clone()}));
    }

    @Scheduled(
            initialDelayString = "${liangxiang.notification.inbox-delay:PT1S}",
            fixedDelayString = "${liangxiang.notification.inbox-delay:PT1S}")
    @SchedulerLock(name = "notification-inbox", lockAtMostFor = "PT10M")
    public void run() {
        int handled;
        do {
            handled = pacing.turn(this::drainBatch);
        } while (handled >= batchSize);
    }

    /** Handles one batch of pending rows in a transaction of its own; answers how many rows it handled. */
    int drainBatch() {
        Integer handled = tx.execute(s -> handle(lockPending(batchSize)));
        return handled == null ? 0 : handled;
    }

    /** The oldest pending rows, locked until the caller's transaction ends; rows another batch holds are skipped. */
    List<Pending> lockPending(int limit) {
        return jdbc.sql("""
                        SELECT event_id, kind, application_id, parameters FROM notification_inbox
                         WHERE handled_at IS NULL ORDER BY recorded_at, event_id LIMIT ?
                         FOR UPDATE SKIP LOCKED""")
                .param(limit)
                .query((rs, n) -> new Pending(
                        rs.getObject(1, UUID.class),
                        NoticeKind.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class),
                        strings(rs.getArray(4))))
                .list();
    }

    /** Tells each row's recipients and marks the rows handled, in the caller's transaction. */
    int handle(List<Pending> rows) {
        if (rows.isEmpty()) {
            return 0;
        }
        Map<ApplicationId, ApplicationRecipients> recipients = applications.recipients(
                rows.stream().map(r -> new ApplicationId(r.applicationId())).toList());
        Map<UUID, Optional<String>> phones = new HashMap<>();
        List<Notifications.Addressed> batch = new ArrayList<>();
        for (Pending row : rows) {
            ApplicationRecipients to = recipients.get(new ApplicationId(row.applicationId()));
            if (to == null) {
                log.warn("Notification: no application {} for event {}", row.applicationId(), row.eventId());
                continue;
            }
            List<String> parameters = new ArrayList<>(row.parameters().size() + 1);
            parameters.add(to.number());
            parameters.addAll(row.parameters());
            Notice notice = new Notice(row.eventId(), row.kind(), row.applicationId(), parameters);
            for (UUID account : to.accounts()) {
                phones.computeIfAbsent(account, notifications::mobileOf)
                        .ifPresent(phone -> batch.add(new Notifications.Addressed(notice, account, phone)));
            }
        }
        notifications.notifyAll(batch); // the batch's messages and SMS by a statement each
        jdbc.sql("UPDATE notification_inbox SET handled_at = now() WHERE event_id IN (:ids)")
                .param("ids", rows.stream().map(Pending::eventId).toList())
                .update();
        return rows.size();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
