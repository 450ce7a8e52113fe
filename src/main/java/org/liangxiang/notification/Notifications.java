package org.liangxiang.notification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
import tools.jackson.databind.json.JsonMapper;

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
    private final JsonMapper json;

    Notifications(
            JdbcClient jdbc,
            ApplicantAccounts applicants,
            PersonalData personalData,
            NoticeTexts texts,
            AuditTrail audit,
            ApplicationEventPublisher events,
            JsonMapper json) {
        this.jdbc = jdbc;
        this.applicants = applicants;
        this.personalData = personalData;
        this.texts = texts;
        this.audit = audit;
        this.events = events;
        this.json = json;
    }

    /** Writes the notice to each account (message and queued SMS); an account that already has it is skipped. */
    @Transactional
    void notify(Notice notice, Collection<UUID> accounts) {
        List<Addressed> addressed = new ArrayList<>(accounts.size());
        for (UUID account : accounts) {
            mobileOf(account).ifPresent(phone -> addressed.add(new Addressed(notice, account, phone)));
        }
        notifyAll(addressed);
    }

    /** A notice for one account, with the account's mobile number as it is now. */
    record Addressed(Notice notice, UUID account, String phone) {}

    /**
     * Writes each notice to its account — the messages by one statement, then the SMS of the messages that were new by
     * another (every row's values bound as arrays, so both statements are prepared and planned once) — audited and
     * announced for each new message; a notice an account already has is skipped, and so is its SMS.
     */
    @Transactional
    void notifyAll(List<Addressed> batch) {
        if (batch.isEmpty()) {
            return;
        }
        Map<UUID, Addressed> created = messages(batch);
        if (created.isEmpty()) {
            return;
        }
        List<AuditEntry> entries = new ArrayList<>(created.size() * 2);
        created.forEach((messageId, a) -> entries.add(AuditEntry.of("NOTIFICATION_MESSAGE_CREATED", SYSTEM)
                .withObject("NOTIFICATION_MESSAGE", messageId.toString())
                .withChange(null, a.notice().kind().name())));
        for (UUID smsId : queueSms(List.copyOf(created.values()))) {
            entries.add(AuditEntry.of("NOTIFICATION_SMS_QUEUED", SYSTEM)
                    .withObject("NOTIFICATION_SMS", smsId.toString())
                    .withChange(null, "QUEUED"));
        }
        audit.recordAll(entries);
        created.forEach((messageId, a) -> events.publishEvent(new ApplicantNotified(
                envelope(a.notice().applicationId()),
                messageId,
                a.account(),
                a.notice().kind())));
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

    /** What a message and its SMS share, one array a column, bound for a batch's {@code unnest}. */
    private record Shared(String[] events, String[] accounts, String[] applications, String[] kinds) {

        static Shared of(List<Addressed> batch) {
            int n = batch.size();
            Shared shared = new Shared(new String[n], new String[n], new String[n], new String[n]);
            for (int i = 0; i < n; i++) {
                Notice notice = batch.get(i).notice();
                shared.events[i] = notice.eventId().toString();
                shared.accounts[i] = batch.get(i).account().toString();
                shared.applications[i] = notice.applicationId() == null
                        ? null
                        : notice.applicationId().toString();
                shared.kinds[i] = notice.kind().name();
            }
            return shared;
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement
                    .param("events", events)
                    .param("accounts", accounts)
                    .param("applications", applications)
                    .param("kinds", kinds);
        }
    }

    /** Inserts the messages; answers the new ones by their id, in the batch's order. */
    private Map<UUID, Addressed> messages(List<Addressed> batch) {
        int n = batch.size();
        UUID[] ids = new UUID[n];
        String[] idTexts = new String[n];
        String[] templates = new String[n];
        String[] parameters = new String[n];
        Map<UUID, Addressed> byId = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Notice notice = batch.get(i).notice();
            ids[i] = TimeOrderedIds.next();
            byId.put(ids[i], batch.get(i));
            idTexts[i] = ids[i].toString();
            templates[i] = notice.kind().textKey();
            parameters[i] = json.writeValueAsString(notice.parameters());
        }
        Set<UUID> inserted = new HashSet<>(Shared.of(batch)
                .bind(jdbc.sql("""
                        INSERT INTO notification_message
                            (id, event_id, account_id, application_id, kind, template_key, parameters)
                        SELECT m.id, m.event_id, m.account_id, m.application_id, m.kind, m.template_key,
                               ARRAY(SELECT p.value FROM jsonb_array_elements_text(CAST(m.parameters AS jsonb))
                                     WITH ORDINALITY AS p(value, n) ORDER BY p.n)
                          FROM unnest(CAST(:ids AS uuid[]), CAST(:events AS uuid[]), CAST(:accounts AS uuid[]),
                                      CAST(:applications AS uuid[]), CAST(:kinds AS text[]),
                                      CAST(:templates AS text[]), CAST(:parameters AS text[]))
                            AS m(id, event_id, account_id, application_id, kind, template_key, parameters)
                        ON CONFLICT (event_id, account_id) DO NOTHING RETURNING id"""))
                .param("ids", idTexts)
                .param("templates", templates)
                .param("parameters", parameters)
                .query(UUID.class)
                .list());
        Map<UUID, Addressed> created = new LinkedHashMap<>();
        for (UUID id : ids) {
            if (inserted.contains(id)) {
                created.put(id, byId.get(id));
            }
        }
        return created;
    }

    /**
     * Queues an SMS per new message, to the account's number as it is now, its parameters kept as the Chinese text
     * will read; answers the ids of those queued (an SMS already queued for the event and account is skipped).
     */
    private List<UUID> queueSms(List<Addressed> batch) {
        int n = batch.size();
        String[] ids = new String[n];
        String[] templates = new String[n];
        String[] parameters = new String[n];
        String[] masked = new String[n];
        byte[][] sealed = new byte[n][];
        for (int i = 0; i < n; i++) {
            Addressed a = batch.get(i);
            UUID id = TimeOrderedIds.next();
            ids[i] = id.toString();
            templates[i] = a.notice().kind().smsTemplate();
            parameters[i] = json.writeValueAsString(texts.resolved(a.notice().parameters(), Locale.SIMPLIFIED_CHINESE));
            masked[i] = Masking.phone(a.phone());
            sealed[i] = personalData.seal(a.phone(), SMS_TABLE, "phone", id);
        }
        return Shared.of(batch)
                .bind(jdbc.sql("""
                        INSERT INTO notification_sms (id, event_id, account_id, application_id, kind, template_code,
                            parameters, phone_masked, phone_sealed, status, next_attempt_at)
                        SELECT s.id, s.event_id, s.account_id, s.application_id, s.kind, s.template_code,
                               ARRAY(SELECT p.value FROM jsonb_array_elements_text(CAST(s.parameters AS jsonb))
                                     WITH ORDINALITY AS p(value, n) ORDER BY p.n),
                               s.phone_masked, s.phone_sealed, 'QUEUED', now()
                          FROM unnest(CAST(:ids AS uuid[]), CAST(:events AS uuid[]), CAST(:accounts AS uuid[]),
                                      CAST(:applications AS uuid[]), CAST(:kinds AS text[]),
                                      CAST(:templates AS text[]), CAST(:parameters AS text[]),
                                      CAST(:masked AS text[]), CAST(:sealed AS bytea[]))
                            AS s(id, event_id, account_id, application_id, kind, template_code, parameters,
                                 phone_masked, phone_sealed)
                        ON CONFLICT (event_id, account_id) DO NOTHING RETURNING id"""))
                .param("ids", ids)
                .param("templates", templates)
                .param("parameters", parameters)
                .param("masked", masked)
                .param("sealed", sealed)
                .query(UUID.class)
                .list();
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
