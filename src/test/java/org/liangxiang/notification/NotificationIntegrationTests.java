package org.liangxiang.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liangxiang.ExecutedStatements;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.eligibility.CertificateExpiryRemindersDue;
import org.liangxiang.guide.MaterialType;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationResubmitted;
import org.liangxiang.intake.ApplicationStatus;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.intake.Applications;
import org.liangxiang.intake.SubmittedApplication;
import org.liangxiang.notification.NotificationFixtures.Account;
import org.liangxiang.policy.ReviewStep;
import org.liangxiang.review.ApplicationAccepted;
import org.liangxiang.review.ApplicationForwarded;
import org.liangxiang.review.ApplicationLapsed;
import org.liangxiang.review.ApplicationNotAccepted;
import org.liangxiang.review.ApplicationReturned;
import org.liangxiang.review.NonAcceptanceReason;
import org.liangxiang.review.RefusalReason;
import org.liangxiang.review.StepCompleted;
import org.liangxiang.review.SubsidyApproved;
import org.liangxiang.review.SubsidyRefused;
import org.liangxiang.review.Worklist;
import org.liangxiang.shared.Money;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.crypto.Masking;
import org.liangxiang.shared.crypto.PersonalData;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;
import org.liangxiang.sms.SmsGateway;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every event about an application tells the submitter and the person (once, however often it arrives), in a message
 * and a queued SMS; the SMS job retries a failing gateway with backoff and gives up without touching the application.
 */
@IntegrationTest
class NotificationIntegrationTests {

    private static final SmsGateway FAILING = (phone, message) -> {
        throw new IllegalStateException("gateway down");
    };

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    ApplicationMaterials materials;

    @Autowired
    ApplicationSubmissions submissions;

    @Autowired
    Applications applications;

    @Autowired
    RequiredMaterials required;

    @Autowired
    Notifications notifications;

    @Autowired
    NoticeTexts texts;

    @Autowired
    SmsSender sender;

    @Autowired
    PersonalData personalData;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    NotificationFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new NotificationFixtures(applicants, drafts, materials, submissions, required, jdbc);
    }

    @Test
    void aPersonApplyingForThemselfGetsOneMessageAndOneSms() {
        ResidentId person = NotificationFixtures.freshPerson();
        Account own = fixtures.person(person);

        SubmittedApplication application = fixtures.submit(own, person, false);
        fixtures.awaitMessage(own.id(), NoticeKind.SUBMITTED);

        assertThat(fixtures.messages(own.id(), NoticeKind.SUBMITTED)).isEqualTo(1);
        assertThat(fixtures.sms(own.id(), NoticeKind.SUBMITTED)).isEqualTo(1);
        QueuedSms sms = queued(own.id(), NoticeKind.SUBMITTED);
        assertThat(sms.templateCode()).isEqualTo("notification-submitted");
        assertThat(sms.parameters()).containsExactly(application.number());
        assertThat(sms.phoneMasked()).isEqualTo(Masking.phone(own.mobile()));
        assertThat(personalData.open(sms.phoneSealed(), "notification_sms", "phone", sms.id()))
                .isEqualTo(own.mobile());
        assertThat(sms.status()).isEqualTo("QUEUED");
    }

    @Test
    void theAgentAndThePersonAreBothToldOfEachChangeAndNobodyElse() {
        ResidentId person = NotificationFixtures.freshPerson();
        Account own = fixtures.person(person);
        Account agent = fixtures.account();
        Account bystander = fixtures.person(NotificationFixtures.freshPerson());

        SubmittedApplication application = fixtures.submit(agent, person, true);
        fixtures.awaitMessage(agent.id(), NoticeKind.SUBMITTED);
        fixtures.awaitMessage(own.id(), NoticeKind.SUBMITTED);
        fixtures.upload(agent, application, MaterialType.DISABILITY_CERTIFICATE);
        fixtures.awaitMessage(agent.id(), NoticeKind.MATERIALS_CHANGED);
        fixtures.awaitMessage(own.id(), NoticeKind.MATERIALS_CHANGED);
        submissions.withdraw(org.liangxiang.intake.Actor.applicant(agent.id()), application.id());
        fixtures.awaitMessage(agent.id(), NoticeKind.WITHDRAWN);
        fixtures.awaitMessage(own.id(), NoticeKind.WITHDRAWN);

        for (Account told : List.of(agent, own)) {
            for (NoticeKind kind : List.of(NoticeKind.SUBMITTED, NoticeKind.MATERIALS_CHANGED, NoticeKind.WITHDRAWN)) {
                assertThat(fixtures.messages(told.id(), kind)).as(kind.name()).isEqualTo(1);
                assertThat(fixtures.sms(told.id(), kind)).as(kind.name()).isEqualTo(1);
            }
        }
        assertThat(queued(own.id(), NoticeKind.MATERIALS_CHANGED).parameters())
                .containsExactly(application.number(), "残疾人证");
        assertThat(queued(agent.id(), NoticeKind.WITHDRAWN).phoneMasked()).isEqualTo(Masking.phone(agent.mobile()));
        assertThat(notifications.inbox(bystander.id(), 10)).isEmpty();
    }

    @Test
    void everyEventKindMakesOneMessageAndOneSmsForEachAccountInPlainWords() {
        ResidentId person = NotificationFixtures.freshPerson();
        Account own = fixtures.person(person);
        Account agent = fixtures.account();
        SubmittedApplication application = fixtures.submit(agent, person, true);
        UUID id = application.id().value();
        Function<UUID, EventEnvelope> envelope = app -> EventEnvelope.forApplication(
                app, NotificationFixtures.TOWNSHIP, NotificationFixtures.TOWNSHIP, "ONLINE_WEB", "test");
        Map<NoticeKind, DomainEvent> published = Map.of(
                NoticeKind.RESUBMITTED, new ApplicationResubmitted(envelope.apply(id), application.id()),
                NoticeKind.ACCEPTED,
                        new ApplicationAccepted(envelope.apply(id), id, "410102001", Worklist.TOWNSHIP_CHECK),
                NoticeKind.NOT_ACCEPTED,
                        new ApplicationNotAccepted(envelope.apply(id), id, NonAcceptanceReason.OUT_OF_SCOPE),
                NoticeKind.RETURNED,
                        new ApplicationReturned(
                                envelope.apply(id), id, Worklist.TOWNSHIP_CHECK, LocalDate.of(2026, 12, 18)),
                NoticeKind.FORWARDED, new ApplicationForwarded(envelope.apply(id), id, "410102001", "410302001"),
                NoticeKind.STEP_COMPLETED,
                        new StepCompleted(envelope.apply(id), id, ReviewStep.FEDERATION_REVIEW, "410102"),
                NoticeKind.SUBSIDY_APPROVED,
                        new SubsidyApproved(
                                envelope.apply(id),
                                id,
                                Subsidy.CARE,
                                Money.ofYuan(100),
                                YearMonth.of(2027, 1),
                                UUID.randomUUID(),
                                List.of()),
                NoticeKind.SUBSIDY_REFUSED,
                        new SubsidyRefused(envelope.apply(id), id, Subsidy.CARE, RefusalReason.DISABILITY_NOT_SEVERE),
                NoticeKind.LAPSED, new ApplicationLapsed(envelope.apply(id), id));

        published.values().forEach(this::publish);

        for (NoticeKind kind : published.keySet()) {
            for (Account told : List.of(agent, own)) {
                fixtures.awaitMessage(told.id(), kind);
            }
        }
        for (NoticeKind kind : published.keySet()) {
            for (Account told : List.of(agent, own)) {
                assertThat(fixtures.messages(told.id(), kind)).as(kind.name()).isEqualTo(1);
                assertThat(fixtures.sms(told.id(), kind)).as(kind.name()).isEqualTo(1);
            }
        }
        for (InboxMessage message : notifications.inbox(own.id(), 50)) {
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                String text = texts.text(message.templateKey(), message.parameters(), locale);
                assertThat(text).as(message.kind() + " " + locale).contains(application.number());
                assertThat(text).doesNotContain("{", "#");
                assertThat(texts.title(message.kind(), locale)).isNotBlank();
            }
        }
        assertThat(queued(own.id(), NoticeKind.RETURNED).parameters())
                .containsExactly(application.number(), "2026-12-18");
        assertThat(queued(agent.id(), NoticeKind.SUBSIDY_APPROVED).parameters())
                .containsExactly(application.number(), "重度残疾人护理补贴", "2027-01");
        assertThat(queued(agent.id(), NoticeKind.STEP_COMPLETED).parameters())
                .containsExactly(application.number(), "县残联审核");
    }

    @Test
    void aRepeatedEventMakesNoSecondMessageNorSms() {
        ResidentId person = NotificationFixtures.freshPerson();
        Account own = fixtures.person(person);
        Account agent = fixtures.account();
        SubmittedApplication application = fixtures.submit(agent, person, true);
        UUID id = application.id().value();
        ApplicationAccepted accepted = new ApplicationAccepted(
                EventEnvelope.forApplication(
                        id, NotificationFixtures.TOWNSHIP, NotificationFixtures.TOWNSHIP, "WINDOW", "test"),
                id,
                NotificationFixtures.TOWNSHIP,
                Worklist.TOWNSHIP_CHECK);

        publish(accepted);
        publish(accepted);
        fixtures.awaitTold(accepted.envelope().eventId());
        assertThat(jdbc.sql("SELECT count(*) FROM notification_inbox WHERE event_id = ?")
                        .param(accepted.envelope().eventId())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        notifications.notify(
                Notice.of(accepted.envelope().eventId(), NoticeKind.ACCEPTED, id, application.number()),
                List.of(own.id(), agent.id()));

        for (Account told : List.of(agent, own)) {
            assertThat(fixtures.messages(told.id(), NoticeKind.ACCEPTED)).isEqualTo(1);
            assertThat(fixtures.sms(told.id(), NoticeKind.ACCEPTED)).isEqualTo(1);
        }
    }

    @Test
    void aFailingGatewayIsRetriedWithBackoffThenGivenUpWithoutTouchingTheApplication() {
        ResidentId person = NotificationFixtures.freshPerson();
        Account own = fixtures.person(person);
        SubmittedApplication application = fixtures.submit(own, person, false);
        fixtures.awaitMessage(own.id(), NoticeKind.SUBMITTED);
        UUID sms = queued(own.id(), NoticeKind.SUBMITTED).id();
        Instant now = Instant.now().plus(1, ChronoUnit.MINUTES);

        drain(FAILING, now);
        assertThat(attempts(sms)).isEqualTo(1);
        drain(FAILING, now.plusSeconds(30));
        assertThat(attempts(sms)).as("not due again before its backoff").isEqualTo(1);
        for (int attempt = 2; attempt <= 5; attempt++) {
            drain(FAILING, now.plus(attempt, ChronoUnit.DAYS));
            assertThat(attempts(sms)).isEqualTo(attempt);
        }
        drain(FAILING, now.plus(30, ChronoUnit.DAYS));

        QueuedSms givenUp = queued(own.id(), NoticeKind.SUBMITTED);
        assertThat(givenUp.status()).isEqualTo("GAVE_UP");
        assertThat(givenUp.attempts()).isEqualTo(5);
        assertThat(audited("NOTIFICATION_SMS_FAILED", sms)).isEqualTo(4);
        assertThat(audited("NOTIFICATION_SMS_GIVEN_UP", sms)).isEqualTo(1);
        assertThat(applications.get(application.id()).status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(fixtures.messages(own.id(), NoticeKind.SUBMITTED)).isEqualTo(1);
        submissions.withdraw(org.liangxiang.intake.Actor.applicant(own.id()), application.id());
        fixtures.awaitMessage(own.id(), NoticeKind.WITHDRAWN);
        assertThat(queued(own.id(), NoticeKind.WITHDRAWN).status()).isEqualTo("QUEUED");
    }

    @Test
    void aGatewayThatRecoversSendsTheSmsOnTheNextAttempt() {
        ResidentId person = NotificationFixtures.freshPerson();
        Account own = fixtures.person(person);
        SubmittedApplication application = fixtures.submit(own, person, false);
        fixtures.awaitMessage(own.id(), NoticeKind.SUBMITTED);
        UUID sms = queued(own.id(), NoticeKind.SUBMITTED).id();
        Instant now = Instant.now().plus(1, ChronoUnit.MINUTES);
        List<String> delivered = new ArrayList<>();
        SmsGateway recording = (phone, message) -> {
            if (phone.equals(own.mobile())) {
                delivered.add(message.templateCode() + " " + String.join(",", message.parameters()));
            }
        };

        List<String> failedWrites = ExecutedStatements.containing("audit_record", () -> drain(FAILING, now));
        List<String> sentWrites =
                ExecutedStatements.containing("audit_record", () -> drain(recording, now.plus(1, ChronoUnit.DAYS)));
        drain(recording, now.plus(2, ChronoUnit.DAYS));

        assertThat(failedWrites)
                .as("each failed attempt's audit record written by the statement recording its chunk")
                .isNotEmpty()
                .allSatisfy(sql -> assertThat(sql)
                        .contains("INSERT INTO audit_record")
                        .contains("UPDATE notification_sms s SET status = o.status"));
        assertThat(sentWrites)
                .as("each sent SMS's audit record written by the statement recording its chunk")
                .isNotEmpty()
                .allSatisfy(sql -> assertThat(sql)
                        .contains("INSERT INTO audit_record")
                        .contains("UPDATE notification_sms s SET status = o.status"));

        assertThat(delivered).containsExactly("notification-submitted " + application.number());
        QueuedSms sent = queued(own.id(), NoticeKind.SUBMITTED);
        assertThat(sent.status()).isEqualTo("SENT");
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(audited("NOTIFICATION_SMS_SENT", sms)).isEqualTo(1);
    }

    @Test
    void aChunksSmsAreRecordedByOneStatementEachWithItsOwnOutcome() {
        ResidentId upPerson = NotificationFixtures.freshPerson();
        ResidentId downPerson = NotificationFixtures.freshPerson();
        Account up = fixtures.person(upPerson);
        Account down = fixtures.person(downPerson);
        fixtures.submit(up, upPerson, false);
        fixtures.submit(down, downPerson, false);
        fixtures.awaitMessage(up.id(), NoticeKind.SUBMITTED);
        fixtures.awaitMessage(down.id(), NoticeKind.SUBMITTED);
        UUID sent = queued(up.id(), NoticeKind.SUBMITTED).id();
        UUID failed = queued(down.id(), NoticeKind.SUBMITTED).id();
        SmsGateway oneNumberDown = (phone, message) -> {
            if (phone.equals(down.mobile())) {
                throw new IllegalStateException("number unreachable");
            }
        };
        Instant now = Instant.now().plus(1, ChronoUnit.MINUTES);
        List<Integer> recordedPerRun = new ArrayList<>();

        List<String> recordings =
                ExecutedStatements.containing("UPDATE notification_sms s SET status = o.status", () -> {
                    SmsSender.Outcome outcome;
                    do {
                        outcome = sender.sendDue(oneNumberDown, now);
                        recordedPerRun.add(outcome.sent() + outcome.failed() + outcome.givenUp());
                    } while (recordedPerRun.get(recordedPerRun.size() - 1) > 0);
                });

        assertThat(recordings)
                .as("one statement a chunk of at most %d SMS (runs recorded %s)", SmsSender.CHUNK, recordedPerRun)
                .hasSize(recordedPerRun.stream()
                        .mapToInt(n -> (n + SmsSender.CHUNK - 1) / SmsSender.CHUNK)
                        .sum());
        Map<String, Object> taken = smsRow(sent);
        assertThat(taken.get("status")).isEqualTo("SENT");
        assertThat(taken.get("attempts")).isEqualTo(1);
        assertThat(taken.get("sent_at")).isNotNull();
        assertThat(taken.get("last_failure")).isNull();
        Map<String, Object> refused = smsRow(failed);
        assertThat(refused.get("status")).isEqualTo("QUEUED");
        assertThat(refused.get("attempts")).isEqualTo(1);
        assertThat(refused.get("sent_at")).isNull();
        assertThat(refused.get("last_failure")).isEqualTo(IllegalStateException.class.getName());
        assertThat(audited("NOTIFICATION_SMS_SENT", sent)).isEqualTo(1);
        assertThat(audited("NOTIFICATION_SMS_FAILED", sent)).isZero();
        assertThat(audited("NOTIFICATION_SMS_FAILED", failed)).isEqualTo(1);
        assertThat(audited("NOTIFICATION_SMS_SENT", failed)).isZero();
    }

    private Map<String, Object> smsRow(UUID id) {
        return jdbc.sql("SELECT status, attempts, sent_at, last_failure FROM notification_sms WHERE id = ?")
                .param(id)
                .query()
                .singleRow();
    }

    @Test
    void certificatesAboutToExpireRemindTheHoldersBoundAccountsOnceEach() {
        ResidentId holder = NotificationFixtures.freshPerson();
        Account own = fixtures.person(holder);
        ResidentId unbound = NotificationFixtures.freshPerson();
        UUID certificate =
                tx().execute(s -> CertificateFact.insert(jdbc, personalData, holder, LocalDate.of(2027, 3, 31)));
        UUID other = tx().execute(s -> CertificateFact.insert(jdbc, personalData, unbound, LocalDate.of(2027, 4, 30)));
        UUID run = tx().execute(s -> CertificateFact.noticed(jdbc, certificate, other));
        EventEnvelope envelope = EventEnvelope.of("system", "SYSTEM");
        CertificateExpiryRemindersDue due = new CertificateExpiryRemindersDue(envelope, run, 2);

        publish(due);
        fixtures.awaitMessage(own.id(), NoticeKind.CERTIFICATE_EXPIRING);
        fixtures.awaitHandled(envelope.eventId(), 1);
        reminders.on(due);

        assertThat(fixtures.sms(own.id(), NoticeKind.CERTIFICATE_EXPIRING)).isEqualTo(1);
        assertThat(queued(own.id(), NoticeKind.CERTIFICATE_EXPIRING).parameters())
                .containsExactly("2027-03-31");
        assertThat(jdbc.sql("SELECT count(*) FROM notification_message WHERE event_id IN (?, ?)")
                        .params(
                                CertificateReminders.noticeId(envelope.eventId(), other),
                                CertificateReminders.noticeId(envelope.eventId(), certificate))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM notification_message WHERE account_id = ? AND kind = ?")
                        .params(own.id(), NoticeKind.CERTIFICATE_EXPIRING.name())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    record QueuedSms(
            UUID id,
            String templateCode,
            List<String> parameters,
            String phoneMasked,
            byte[] phoneSealed,
            String status,
            int attempts) {}

    private QueuedSms queued(UUID account, NoticeKind kind) {
        return jdbc.sql("""
                        SELECT id, template_code, parameters, phone_masked, phone_sealed, status, attempts
                          FROM notification_sms WHERE account_id = ? AND kind = ?""")
                .params(account, kind.name())
                .query((rs, n) -> new QueuedSms(
                        rs.getObject("id", UUID.class),
                        rs.getString("template_code"),
                        Arrays.asList((String[]) rs.getArray("parameters").getArray()),
                        rs.getString("phone_masked"),
                        rs.getBytes("phone_sealed"),
                        rs.getString("status"),
                        rs.getInt("attempts")))
                .single();
    }

    private int attempts(UUID sms) {
        return jdbc.sql("SELECT attempts FROM notification_sms WHERE id = ?")
                .param(sms)
                .query(Integer.class)
                .single();
    }

    private long audited(String type, UUID sms) {
        return jdbc.sql("SELECT count(*) FROM audit_record WHERE type = ? AND object_id = ?")
                .params(type, sms.toString())
                .query(Long.class)
                .single();
    }

    /** Runs the job's sending at {@code now} until nothing more is due then (other tests' SMS included). */
    private void drain(SmsGateway gateway, Instant now) {
        SmsSender.Outcome outcome;
        do {
            outcome = sender.sendDue(gateway, now);
        } while (outcome.sent() + outcome.failed() + outcome.givenUp() > 0);
    }

    @Autowired
    CertificateReminders reminders;

    private void publish(Object event) {
        tx().executeWithoutResult(s -> events.publishEvent(event));
    }

    private TransactionTemplate tx() {
        return new TransactionTemplate(transactions);
    }
}
