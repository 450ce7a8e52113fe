package org.liangxiang.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.shared.TimeOrderedIds;
import org.liangxiang.shared.crypto.Masking;
import org.liangxiang.shared.crypto.PersonalData;
import org.liangxiang.shared.event.EventEnvelope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.EmptyResultDataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicants' messages: writing one message and queueing one SMS per recipient account for a notice (once per
 * event and account, however often the event arrives), reading an account's messages, marking them read.
 */
@Service
public class Notifications {

    static final String SMS_TABLE = "notification_sms";
    static final String SYSTEM = "system";

    private final JdbcClient jdbc;
    private final ApplicantAccounts applicants;
    private final PersonalData personalData;
    private final NoticeTexts texts;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    Notifications(
            JdbcClient jdbc,
            ApplicantAccounts applicants,
            PersonalData personalData,
            NoticeTexts texts,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.applicants = applicants;
        this.personalData = personalData;
        this.texts = texts;
        this.audit = audit;
        this.events = events;
    }

    /** Writes the notice to each account (message and queued SMS); an account that already has it is skipped. */
    @Transactional
    void notify(Notice notice, Collection<UUID> accounts) {
        notify(notice, accounts, this::mobileOf);
    }

    /** As {@link #notify(Notice, Collection)}, with the accounts' numbers from {@code phones} (e.g. remembered). */
    @Transactional
    void notify(Notice notice, Collection<UUID> accounts, Function<UUID, Optional<String>> phones) {
        for (UUID account : accounts) {
            Optional<String> phone = phones.apply(account);
            if (phone.isEmpty()) {
                continue;
            }
            message(notice, account).ifPresent(messageId -> {
                queueSms(notice, account, phone.get());
                events.publishEvent(
                        new ApplicantNotified(envelope(notice.applicationId()), messageId, account, notice.kind()));
            });
        }
    }

    /** How many messages of the account are unread. */
    @Transactional(readOnly = true)
    public long unreadCount(UUID accountId) {
        return jdbc.sql("SELECT count(*) FROM notification_message WHERE account_id = ? AND read_at IS NULL")
                .param(accountId)
                .query(Long.class)
                .single();
    }

    /** The account's latest messages, newest first. */
    @Transactional(readOnly = true)
    List<InboxMessage> inbox(UUID accountId, int limit) {
        return jdbc.sql("""
                        SELECT id, application_id, kind, template_key, parameters, created_at, read_at
                          FROM notification_message WHERE account_id = ?
                         ORDER BY created_at DESC, id LIMIT ?""")
                .params(accountId, limit)
                .query(Notifications::message)
                .list();
    }

    /** Marks the account's message read (audited); false when the account has no such message. */
    @Transactional
    boolean markRead(UUID accountId, UUID messageId) {
        Optional<Boolean> wasUnread = jdbc.sql(
                        "SELECT read_at IS NULL FROM notification_message WHERE id = ? AND account_id = ? FOR UPDATE")
                .params(messageId, accountId)
                .query(Boolean.class)
                .optional();
        if (wasUnread.isEmpty()) {
            return false;
        }
        if (wasUnread.get()) {
            jdbc.sql("UPDATE notification_message SET read_at = now() WHERE id = ?")
                    .param(messageId)
                    .update();
            audit.record(AuditEntry.of("NOTIFICATION_MESSAGE_READ", accountId.toString())
                    .withObject("NOTIFICATION_MESSAGE", messageId.toString())
                    .withChange("UNREAD", "READ"));
            events.publishEvent(
                    new MessageRead(EventEnvelope.of(accountId.toString(), "ONLINE_WEB"), messageId, accountId));
        }
        return true;
    }

    private Optional<UUID> message(Notice notice, UUID account) {
        Optional<UUID> id = jdbc.sql("""
                        INSERT INTO notification_message
                            (id, event_id, account_id, application_id, kind, template_key, parameters)
                        VALUES (?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (event_id, account_id) DO NOTHING RETURNING id""")
                .params(
                        TimeOrderedIds.next(),
                        notice.eventId(),
                        account,
                        notice.applicationId(),
                        notice.kind().name(),
                        notice.kind().textKey(),
                        notice.parameters().toArray(String[]::new))
                .query(UUID.class)
                .optional();
        id.ifPresent(messageId -> audit.record(AuditEntry.of("NOTIFICATION_MESSAGE_CREATED", SYSTEM)
                .withObject("NOTIFICATION_MESSAGE", messageId.toString())
                .withChange(null, notice.kind().name())));
        return id;
    }

    /** The SMS goes to the account's number as it is now; its parameters are kept as the Chinese text will read. */
    private void queueSms(Notice notice, UUID account, String phone) {
        UUID id = TimeOrderedIds.next();
        int queued = jdbc.sql("""
                        INSERT INTO notification_sms (id, event_id, account_id, application_id, kind, template_code,
                            parameters, phone_masked, phone_sealed, status, next_attempt_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', now())
                        ON CONFLICT (event_id, account_id) DO NOTHING""")
                .params(
                        id,
                        notice.eventId(),
                        account,
                        notice.applicationId(),
                        notice.kind().name(),
                        notice.kind().smsTemplate(),
                        texts.resolved(notice.parameters(), Locale.SIMPLIFIED_CHINESE)
                                .toArray(String[]::new),
                        Masking.phone(phone),
                        personalData.seal(phone, SMS_TABLE, "phone", id))
                .update();
        if (queued == 1) {
            audit.record(AuditEntry.of("NOTIFICATION_SMS_QUEUED", SYSTEM)
                    .withObject("NOTIFICATION_SMS", id.toString())
                    .withChange(null, "QUEUED"));
        }
    }

    /** The account's number; empty for an id that is no applicant account (nobody to tell). */
    Optional<String> mobileOf(UUID account) {
        try {
            return Optional.of(applicants.mobileOf(account));
        } catch (EmptyResultDataAccessException e) {
            return Optional.empty();
        }
    }

    static EventEnvelope envelope(UUID applicationId) {
        return new EventEnvelope(TimeOrderedIds.next(), Instant.now(), applicationId, null, null, "SYSTEM", SYSTEM);
    }

    private static InboxMessage message(ResultSet rs, int row) throws SQLException {
        return new InboxMessage(
                rs.getObject("id", UUID.class),
                rs.getObject("application_id", UUID.class),
                NoticeKind.valueOf(rs.getString("kind")),
                rs.getString("template_key"),
                Arrays.asList((String[]) rs.getArray("parameters").getArray()),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getObject("read_at", OffsetDateTime.class));
    }
}
