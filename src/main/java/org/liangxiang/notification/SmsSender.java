package org.liangxiang.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
 * one's next attempt moved on, so another node or run leaves them alone), each sent outside any transaction and its
 * outcome recorded in another: a failing gateway only moves the SMS's next attempt on (doubling each time) and after
 * the last attempt gives it up, audited. Nothing of the application flow waits for it or rolls back with it. Locked, so
 * one node runs it.
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
     * batch is claimed in one short transaction (two statements), each SMS then sent outside any transaction and its
     * outcome recorded in a transaction of its own, so that a crash re-sends at most the one SMS being recorded.
     */
    Outcome sendDue(SmsGateway through, Instant now) {
        List<Claimed> due = tx.execute(status -> claim(now));
        int sent = 0;
        int failed = 0;
        int givenUp = 0;
        for (Claimed claimed : due) {
            String failure = send(through, claimed);
            Boolean gaveUp = tx.execute(status -> record(claimed, failure, now));
            if (failure == null) {
                sent++;
            } else if (Boolean.TRUE.equals(gaveUp)) {
                givenUp++;
            } else {
                failed++;
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

    /** Null when the gateway took it; else the failure's class name (never its message: it may hold the number). */
    private String send(SmsGateway through, Claimed sms) {
        try {
            through.send(sms.phone(), sms.message());
            return null;
        } catch (RuntimeException e) {
            log.warn(
                    "Notification SMS {} attempt {} failed: {}",
                    sms.id(),
                    sms.attempt(),
                    e.getClass().getName());
            return e.getClass().getName();
        }
    }

    /**
     * Records the attempt, its audit record written by the same statement (kept first, then joined into the update:
     * {@link InsertsAtCommit#join}); answers whether the SMS was given up.
     */
    private boolean record(Claimed sms, String failure, Instant now) {
        if (failure == null) {
            audited("NOTIFICATION_SMS_SENT", sms, "SENT");
            InsertsAtCommit.Joined kept = inserts.join("kept");
            jdbc.sql(kept.into("UPDATE notification_sms SET status = 'SENT', attempts = :attempt, sent_at = :at,"
                            + " last_failure = NULL WHERE id = :id"))
                    .params(kept.parameters())
                    .param("attempt", sms.attempt())
                    .param("at", at(now))
                    .param("id", sms.id())
                    .update();
            events.publishEvent(new SmsSent(
                    Notifications.envelope(sms.applicationId()), sms.id(), sms.accountId(), sms.kind(), sms.attempt()));
            return false;
        }
        boolean giveUp = sms.attempt() >= properties.maxAttempts();
        String after = giveUp ? "GAVE_UP" : "QUEUED";
        audited(giveUp ? "NOTIFICATION_SMS_GIVEN_UP" : "NOTIFICATION_SMS_FAILED", sms, after);
        InsertsAtCommit.Joined kept = inserts.join("kept");
        jdbc.sql(kept.into("UPDATE notification_sms SET status = :status, attempts = :attempt, last_failure = :failure"
                        + " WHERE id = :id"))
                .params(kept.parameters())
                .param("status", after)
                .param("attempt", sms.attempt())
                .param("failure", failure)
                .param("id", sms.id())
                .update();
        if (giveUp) {
            events.publishEvent(new SmsGivenUp(
                    Notifications.envelope(sms.applicationId()), sms.id(), sms.accountId(), sms.kind(), sms.attempt()));
        }
        return giveUp;
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
