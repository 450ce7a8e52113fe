package org.liangxiang.notification;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.ApplicationRecipients;
import org.liangxiang.intake.Applications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application events still to be told ({@code notification_inbox}): recorded in the transaction that raises them,
 * all of one transaction's events by one insert just before it commits, turned into messages and SMS by a job in
 * batches. A batch is one transaction: its pending rows locked ({@code SKIP LOCKED}, so two nodes or runs never take
 * the same rows), the applications' numbers and accounts read from intake once for the batch, each account's number
 * read once, each notice written through {@link Notifications#notify} (once per event and account), the rows marked
 * handled. A batch that does not commit (a crash, a restart) leaves its rows pending for the next run; a notice already
 * written is not written again.
 */
@Component
class NotificationInbox {

    private static final Logger log = LoggerFactory.getLogger(NotificationInbox.class);

    /** The most rows one insert writes (four bind parameters each; PostgreSQL takes at most 65,535 a statement). */
    static final int ROWS_PER_INSERT = 1_000;

    private final JdbcClient jdbc;
    private final Applications applications;
    private final Notifications notifications;
    private final TransactionTemplate tx;
    private final int batchSize;

    NotificationInbox(
            JdbcClient jdbc,
            Applications applications,
            Notifications notifications,
            PlatformTransactionManager transactions,
            @Value("${liangxiang.notification.inbox-batch-size:100}") int batchSize) {
        this.jdbc = jdbc;
        this.applications = applications;
        this.notifications = notifications;
        this.tx = new TransactionTemplate(transactions);
        this.batchSize = batchSize;
    }

    /** A pending row: the notice to make, without the application number (read when it is handled). */
    record Pending(UUID eventId, NoticeKind kind, UUID applicationId, List<String> parameters) {}

    /**
     * Records the event to tell, in the caller's transaction: kept with the transaction's other events and written with
     * them by one insert just before it commits ({@link Recorded}), so that a rolled-back transaction writes nothing and
     * a failed write fails the commit. Outside a transaction (or once the transaction's events are written) the row is
     * written at once. An event recorded already is not recorded again.
     */
    void record(UUID eventId, NoticeKind kind, UUID applicationId, String... parameters) {
        Pending row = new Pending(eventId, kind, applicationId, Arrays.asList(parameters));
        Recorded recorded = recordedInThisTransaction();
        if (recorded == null || !recorded.keep(row)) {
            insert(List.of(row));
        }
    }

    /**
     * The rows, by one multi-row insert (by one per {@link #ROWS_PER_INSERT} rows, far above what an act records, so
     * that a transaction recording thousands stays within a statement's bind parameters); a row whose event is
     * recorded already is left out.
     */
    void insert(List<Pending> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            insertAtOnce(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT)));
        }
    }

    private void insertAtOnce(List<Pending> rows) {
        List<Object> values = new ArrayList<>(rows.size() * 4);
        StringBuilder sql = new StringBuilder(
                "INSERT INTO notification_inbox (event_id, kind, application_id, parameters) VALUES ");
        for (Pending row : rows) {
            sql.append(values.isEmpty() ? "" : ", ").append("(?, ?, ?, ?)");
            values.add(row.eventId());
            values.add(row.kind().name());
            values.add(row.applicationId());
            values.add(row.parameters().toArray(String[]::new));
        }
        jdbc.sql(sql.append(" ON CONFLICT (event_id) DO NOTHING").toString())
                .params(values)
                .update();
    }

    /** This transaction's events not yet written, registered with it on its first event; null outside one. */
    private Recorded recordedInThisTransaction() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        // the transaction's own synchronizations only (a suspended outer transaction's are set aside)
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Recorded r && r.inbox == this) {
                return r;
            }
        }
        Recorded fresh = new Recorded(this);
        TransactionSynchronizationManager.registerSynchronization(fresh);
        return fresh;
    }

    /**
     * The events one transaction recorded, written by one insert before it commits. It runs after the transaction's
     * other before-commit work (lowest precedence); an event recorded after it ran (by a later before-commit step, or
     * after the commit) is written at once, as outside a transaction. A failed insert fails the commit; a rollback
     * drops the rows unwritten, and a rollback to a savepoint (a nested transaction) drops those recorded since.
     */
    private static final class Recorded implements TransactionSynchronization {

        private final NotificationInbox inbox;
        private final List<Pending> rows = new ArrayList<>();
        private final Set<UUID> events = new HashSet<>();
        private final Map<Object, Integer> savepoints = new HashMap<>();
        private boolean written;

        Recorded(NotificationInbox inbox) {
            this.inbox = inbox;
        }

        /** Keeps the row for the insert before the commit; false once that insert has run. */
        boolean keep(Pending row) {
            if (written) {
                return false;
            }
            if (events.add(row.eventId())) {
                rows.add(row);
            }
            return true;
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        @Override
        public void savepoint(Object savepoint) {
            savepoints.put(savepoint, rows.size());
        }

        @Override
        public void savepointRollback(Object savepoint) {
            // a savepoint taken before this transaction's first event: every row came after it
            int kept = savepoints.getOrDefault(savepoint, 0);
            while (rows.size() > kept) {
                events.remove(rows.remove(rows.size() - 1).eventId());
            }
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            if (!rows.isEmpty()) {
                inbox.insert(rows);
            }
        }

        @Override
        public void afterCompletion(int status) {
            written = true;
            rows.clear();
        }
    }

    @Scheduled(
            initialDelayString = "${liangxiang.notification.inbox-delay:PT1S}",
            fixedDelayString = "${liangxiang.notification.inbox-delay:PT1S}")
    @SchedulerLock(name = "notification-inbox", lockAtMostFor = "PT10M")
    public void run() {
        int handled;
        do {
            handled = drainBatch();
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
        for (Pending row : rows) {
            ApplicationRecipients to = recipients.get(new ApplicationId(row.applicationId()));
            if (to == null) {
                log.warn("Notification: no application {} for event {}", row.applicationId(), row.eventId());
                continue;
            }
            List<String> parameters = new ArrayList<>(row.parameters().size() + 1);
            parameters.add(to.number());
            parameters.addAll(row.parameters());
            notifications.notify(
                    new Notice(row.eventId(), row.kind(), row.applicationId(), parameters),
                    to.accounts(),
                    account -> phones.computeIfAbsent(account, notifications::mobileOf));
        }
        jdbc.sql("UPDATE notification_inbox SET handled_at = now() WHERE event_id IN (:ids)")
                .param("ids", rows.stream().map(Pending::eventId).toList())
                .update();
        return rows.size();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
