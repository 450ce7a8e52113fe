package org.liangxiang.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.shared.crypto.PersonalData;
import org.liangxiang.shared.database.InsertsAtCommit;
import org.liangxiang.sms.SmsGateway;
import org.liangxiang.sms.SmsMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The job that sends queued SMS through the {@code sms} port. A batch of SMS is claimed in a short transaction (each
 * one's next attempt moved on, so another node or run leaves them alone), sent a chunk at a time outside any
 * transaction and each chunk's outcomes recorded in another: a failing gateway only moves the SMS's next attempt on
 * (doubling each time) and after the last attempt gives it up, audited. Nothing of the application flow waits for it
 * or rolls back with it. Locked, so one node runs it.
 */
@Component
class SmsSender {

    private static final Logger log = LoggerFactory.getLogger(SmsSender.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final SmsGateway gateway;
    private final PersonalData personalData;
    private final AuditTrail audit;
    private final InsertsAtCommit inserts;
    private final ApplicationEventPublisher events;
    private final NotificationProperties properties;
    private final Clock clock = Clock.systemUTC();

    SmsSender(
            JdbcClient jdbc,
            PlatformTransactionManager transactions,
            SmsGateway gateway,
            PersonalData personalData,
            AuditTrail audit,
            InsertsAtCommit inserts,
            ApplicationEventPublisher events,
            NotificationProperties properties) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.gateway = gateway;
        this.personalData = personalData;
        this.audit = audit;
        this.inserts = inserts;
        this.events = events;
        this.properties = properties;
    }

    /** SMS sent and then recorded together (by one statement); a crash between the two re-sends at most these. */
    static final int CHUNK = 50;

    record Outcome(int sent, int failed, int givenUp) {}

    private record Claimed(
            UUID id,
            UUID accountId,
            UUID applicationId,
            NoticeKind kind,
            SmsMessage message,
            String phone,
            int attempt) {}

    @Scheduled(cron = "${liangxiang.notification.sms-cron:*/30 * * * * *}")
    @SchedulerLock(name = "notification-sms", lockAtMostFor = "PT10M")
    public void run() {
        Outcome outcome = sendDue(gateway, clock.instant());
        if (outcome.sent() + outcome.failed() + outcome.givenUp() > 0) {
            log.info(
                    "Notification SMS: {} sent, {} failed (to retry), {} given up",
                    outcome.sent(),
                    outcome.failed(),
                    outcome.givenUp());
        }
    }

    /**
     * Sends the SMS due at {@code now} (at most a batch) through the given gateway; answers what became of them. The
     * batch is claimed in one short transaction (two statements), then sent a chunk at a time ({@link #CHUNK}) outside
     * any transaction, each chunk's outcomes recorded by one statement in a transaction of its own, so that a crash
     * re-sends at most the chunk being sent and recorded.
     */
    Outcome sendDue(SmsGateway through, Instant now) {
        List<Claimed> due = tx.execute(status -> claim(now));
        int sent = 0;
        int failed = 0;
        int givenUp = 0;
        for (int from = 0; from < due.size(); from += CHUNK) {
            List<Claimed> chunk = due.subList(from, Math.min(due.size(), from + CHUNK));
            List<String> failures = send(through, chunk);
            tx.executeWithoutResult(status -> record(chunk, failures, now));
            for (int i = 0; i < chunk.size(); i++) {
                if (failures.get(i) == null) {
                    sent++;
                } else if (givesUp(chunk.get(i))) {
                    givenUp++;
                } else {
                    failed++;
                }
            }
        }
        return new Outcome(sent, failed, givenUp);
    }

    /**
     * Locks the SMS due (at most a batch; rows another run holds are skipped) and moves each one's next attempt on by
     * its backoff, so nobody else sends them meanwhile.
     */
    private List<Claimed> claim(Instant now) {
        List<Claimed> claimed = jdbc.sql("""
                        SELECT id, account_id, application_id, kind, template_code, parameters, phone_sealed, attempts
                          FROM notification_sms WHERE status = 'QUEUED' AND next_attempt_at <= ?
                         ORDER BY next_attempt_at, id LIMIT ?
                           FOR UPDATE SKIP LOCKED""")
                .params(at(now), properties.batchSize())
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Claimed(
                            id,
                            rs.getObject("account_id", UUID.class),
                            rs.getObject("application_id", UUID.class),
                            NoticeKind.valueOf(rs.getString("kind")),
                            new SmsMessage(rs.getString("template_code"), List.of((String[])
                                    rs.getArray("parameters").getArray())),
                            personalData.open(rs.getBytes("phone_sealed"), Notifications.SMS_TABLE, "phone", id),
                            rs.getInt("attempts") + 1);
                })
                .list();
        if (!claimed.isEmpty()) {
            jdbc.sql("""
                            UPDATE notification_sms s SET next_attempt_at = c.next_attempt_at
                              FROM unnest(CAST(:ids AS uuid[]), CAST(:next AS timestamptz[])) AS c(id, next_attempt_at)
                             WHERE s.id = c.id""")
                    .param("ids", claimed.stream().map(c -> c.id().toString()).toArray(String[]::new))
                    .param(
                            "next",
                            claimed.stream()
                                    .map(c -> now.plus(properties.backoff(c.attempt()))
                                            .toString())
                                    .toArray(String[]::new))
                    .update();
        }
        return claimed;
    }

    /**
     * For each SMS of the chunk in order: null when the gateway took it, else the failure's class name (never its
     * message: it may hold the number). A gateway failing as a whole fails each of them.
     */
    private List<String> send(SmsGateway through, List<Claimed> chunk) {
        List<RuntimeException> failures;
        try {
            failures = through.sendEach(chunk.stream()
                    .map(sms -> new SmsGateway.Addressed(sms.phone(), sms.message()))
                    .toList());
            if (failures.size() != chunk.size()) {
                throw new IllegalStateException(
                        "the gateway answered " + failures.size() + " outcomes for " + chunk.size() + " SMS");
            }
        } catch (RuntimeException e) {
            failures = Collections.nCopies(chunk.size(), e);
        }
        List<String> named = new ArrayList<>(chunk.size());
        for (int i = 0; i < chunk.size(); i++) {
            RuntimeException failure = failures.get(i);
            if (failure != null) {
                log.warn(
                        "Notification SMS {} attempt {} failed: {}",
                        chunk.get(i).id(),
                        chunk.get(i).attempt(),
                        failure.getClass().getName());
            }
            named.add(failure == null ? null : failure.getClass().getName());
        }
        return named;
    }

    private boolean givesUp(Claimed sms) {
        return sms.attempt() >= properties.maxAttempts();
    }

    /**
     * Records the chunk's attempts by one statement, their audit records written by it (kept first, then joined into
     * the update: {@link InsertsAtCommit#join}): a sent SMS is SENT, a failed one QUEUED for its next attempt or, after
     * the last, GAVE_UP; then the events of those sent and given up.
     */
    private void record(List<Claimed> chunk, List<String> failures, Instant now) {
        String[] statuses = new String[chunk.size()];
        for (int i = 0; i < chunk.size(); i++) {
            Claimed sms = chunk.get(i);
            String failure = failures.get(i);
            statuses[i] = failure == null ? "SENT" : givesUp(sms) ? "GAVE_UP" : "QUEUED";
            String type = switch (statuses[i]) {
                case "SENT" -> "NOTIFICATION_SMS_SENT";
                case "GAVE_UP" -> "NOTIFICATION_SMS_GIVEN_UP";
                default -> "NOTIFICATION_SMS_FAILED";
            };
            audited(type, sms, statuses[i]);
        }
        InsertsAtCommit.Joined kept = inserts.join("kept");
        jdbc.sql(kept.into("""
                        UPDATE notification_sms s SET status = o.status, attempts = o.attempt,
                               last_failure = o.failure, sent_at = CASE WHEN o.status = 'SENT' THEN :at ELSE s.sent_at END
                          FROM unnest(CAST(:ids AS uuid[]), CAST(:statuses AS text[]), CAST(:attempts AS int[]),
                                      CAST(:failures AS text[])) AS o(id, status, attempt, failure)
                         WHERE s.id = o.id"""))
                .params(kept.parameters())
                .param("ids", chunk.stream().map(sms -> sms.id().toString()).toArray(String[]::new))
                .param("statuses", statuses)
                .param("attempts", chunk.stream().map(Claimed::attempt).toArray(Integer[]::new))
                .param("failures", failures.toArray(String[]::new))
                .param("at", at(now))
                .update();
        for (int i = 0; i < chunk.size(); i++) {
            Claimed sms = chunk.get(i);
            if (statuses[i].equals("SENT")) {
                events.publishEvent(new SmsSent(
                        Notifications.envelope(sms.applicationId()),
                        sms.id(),
                        sms.accountId(),
                        sms.kind(),
                        sms.attempt()));
            } else if (statuses[i].equals("GAVE_UP")) {
                events.publishEvent(new SmsGivenUp(
                        Notifications.envelope(sms.applicationId()),
                        sms.id(),
                        sms.accountId(),
                        sms.kind(),
                        sms.attempt()));
            }
        }
    }

    private void audited(String type, Claimed sms, String after) {
        audit.record(AuditEntry.of(type, Notifications.SYSTEM)
                .withObject("NOTIFICATION_SMS", sms.id().toString())
                .withChange("QUEUED", after)
                .withReason("attempt " + sms.attempt()));
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
