package org.liangxiang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liangxiang.ExecutedStatements;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.intake.SubmittedApplication;
import org.liangxiang.notification.NotificationFixtures.Account;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.database.InsertsAtCommit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox's batches: events recorded in their transactions and told in one batch, each account once per event; a
 * batch that does not commit (a restart mid-batch) leaves its rows pending and the next batch tells them once; rows
 * handled again tell nobody twice. The inbox's job is held off by its lock while a test drains by hand.
 */
@IntegrationTest
class NotificationInboxIntegrationTests {

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    ApplicationDrafts drafts;

    @Autowired
    ApplicationMaterials materials;

    @Autowired
    ApplicationSubmissions submissions;

    @Autowired
    RequiredMaterials required;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    NotificationInbox inbox;

    @Autowired
    LockProvider locks;

    NotificationFixtures fixtures;
    SimpleLock job;

    @BeforeEach
    void holdTheJob() throws InterruptedException {
        fixtures = new NotificationFixtures(applicants, drafts, materials, submissions, required, jdbc);
        LockConfiguration lock =
                new LockConfiguration(Instant.now(), "notification-inbox", Duration.ofMinutes(2), Duration.ZERO);
        for (Optional<SimpleLock> held = locks.lock(lock); ; held = locks.lock(lock)) {
            if (held.isPresent()) {
                job = held.get();
                return;
            }
            Thread.sleep(50);
        }
    }

    @AfterEach
    void releaseTheJob() {
        job.unlock();
    }

    @Test
    void eventsOfSeveralApplicationsAreToldInOneBatchOncePerAccount() {
        TwoApplications two = twoApplications();
        assertThat(pending(two.mine())).isEqualTo(1);
        assertThat(pending(two.theirs())).isEqualTo(1);

        while (pending(two.mine()) + pending(two.theirs()) > 0) {
            inbox.drainBatch();
        }

        assertThat(fixtures.messages(two.own().id(), NoticeKind.SUBMITTED)).isEqualTo(1);
        assertThat(fixtures.messages(two.agent().id(), NoticeKind.SUBMITTED)).isEqualTo(1);
        assertThat(fixtures.messages(two.person().id(), NoticeKind.SUBMITTED)).isEqualTo(1);
        assertThat(fixtures.sms(two.own().id(), NoticeKind.SUBMITTED)).isEqualTo(1);
        assertThat(fixtures.sms(two.agent().id(), NoticeKind.SUBMITTED)).isEqualTo(1);
        assertThat(fixtures.sms(two.person().id(), NoticeKind.SUBMITTED)).isEqualTo(1);
        assertThat(parameters(two.own().id())).containsExactly(two.mine().number());
        assertThat(parameters(two.agent().id())).containsExactly(two.theirs().number());
    }

    @Test
    void aBatchWritesItsMessagesAndSmsByOneStatementEachAndAnEventTwiceInItTellsOnce() {
        TwoApplications two = twoApplications();
        NotificationInbox.Pending accepted = new NotificationInbox.Pending(
                eventOf(two.mine()), NoticeKind.SUBMITTED, two.mine().id().value(), List.of());
        NotificationInbox.Pending step = new NotificationInbox.Pending(
                UUID.randomUUID(),
                NoticeKind.STEP_COMPLETED,
                two.theirs().id().value(),
                List.of("#notification.step.TOWNSHIP_CHECK"));

        List<String> inserts = ExecutedStatements.containing(
                "INSERT INTO notification_",
                () -> new TransactionTemplate(transactions)
                        .executeWithoutResult(s -> inbox.handle(List.of(accepted, step, accepted))));
        List<String> again = ExecutedStatements.containing(
                "INSERT INTO notification_sms",
                () -> new TransactionTemplate(transactions)
                        .executeWithoutResult(s -> inbox.handle(List.of(accepted, step))));

        assertThat(inserts).hasSize(2); // the messages' insert, then the SMS'
        assertThat(inserts.get(0)).contains("INSERT INTO notification_message");
        assertThat(again).isEmpty(); // the second batch's notices were all told already: no SMS queued again
        assertThat(fixtures.messages(two.own().id(), NoticeKind.SUBMITTED)).isEqualTo(1);
        assertThat(fixtures.sms(two.own().id(), NoticeKind.SUBMITTED)).isEqualTo(1);
        assertThat(fixtures.messages(two.agent().id(), NoticeKind.STEP_COMPLETED))
                .isEqualTo(1);
        assertThat(fixtures.messages(two.person().id(), NoticeKind.STEP_COMPLETED))
                .isEqualTo(1);
        assertThat(fixtures.sms(two.agent().id(), NoticeKind.STEP_COMPLETED)).isEqualTo(1);
        assertThat(fixtures.sms(two.person().id(), NoticeKind.STEP_COMPLETED)).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT parameters FROM notification_message WHERE account_id = ? AND kind = 'STEP_COMPLETED'""")
                        .param(two.agent().id())
                        .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray()))
                        .single())
                .containsExactly(two.theirs().number(), "#notification.step.TOWNSHIP_CHECK");
        // each new message and each queued SMS audited once
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_record r JOIN notification_message m ON r.object_id = m.id::text
                         WHERE r.type = 'NOTIFICATION_MESSAGE_CREATED' AND m.account_id IN (?, ?, ?)""")
                        .params(two.own().id(), two.agent().id(), two.person().id())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM audit_record r JOIN notification_sms m ON r.object_id = m.id::text
                         WHERE r.type = 'NOTIFICATION_SMS_QUEUED' AND m.account_id IN (?, ?, ?)""")
                        .params(two.own().id(), two.agent().id(), two.person().id())
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
    }

    @Test
    void aBatchThatDoesNotCommitLeavesItsRowsForTheNextWhichTellsOnce() {
        ResidentId residentId = NotificationFixtures.freshPerson();
        Account own = fixtures.person(residentId);
        SubmittedApplication application = fixtures.submit(own, residentId, false);

        Long toldInTheLostBatch = new TransactionTemplate(transactions).execute(s -> {
            inbox.handle(inbox.lockPending(10_000));
            s.setRollbackOnly(); // the node stops before the batch commits
            return fixtures.messages(own.id(), NoticeKind.SUBMITTED);
        });
        assertThat(toldInTheLostBatch).isEqualTo(1);
        assertThat(fixtures.messages(own.id(), NoticeKind.SUBMITTED)).isZero();
        assertThat(pending(application)).isEqualTo(1);

        while (pending(application) > 0) {
            inbox.drainBatch();
        }
        UUID eventId = eventOf(application);
        new TransactionTemplate(transactions)
                .executeWithoutResult(s -> inbox.handle(List.of(new NotificationInbox.Pending(
                        eventId, NoticeKind.SUBMITTED, application.id().value(), List.of()))));

        assertThat(fixtures.messages(own.id(), NoticeKind.SUBMITTED)).isEqualTo(1);
        assertThat(fixtures.sms(own.id(), NoticeKind.SUBMITTED)).isEqualTo(1);
    }

    @Test
    void anEventOfAnUnknownApplicationTellsNobodyAndIsHandled() {
        UUID eventId = UUID.randomUUID();
        inbox.record(eventId, NoticeKind.ACCEPTED, UUID.randomUUID());
        inbox.record(eventId, NoticeKind.ACCEPTED, UUID.randomUUID());

        while (jdbc.sql("SELECT count(*) FROM notification_inbox WHERE event_id = ? AND handled_at IS NULL")
                        .param(eventId)
                        .query(Long.class)
                        .single()
                > 0) {
            inbox.drainBatch();
        }

        assertThat(jdbc.sql("SELECT count(*) FROM notification_inbox WHERE event_id = ?")
                        .param(eventId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM notification_message WHERE event_id = ?")
                        .param(eventId)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aTransactionsEventsAreWrittenByOneStatementWhenItCommits() {
        UUID application = UUID.randomUUID();
        List<UUID> events = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

        List<String> inserts = insertsDuring(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
            inbox.record(events.get(0), NoticeKind.ACCEPTED, application);
            inbox.record(events.get(1), NoticeKind.STEP_COMPLETED, application, "#notification.step.TOWNSHIP_CHECK");
            inbox.record(
                    events.get(2), NoticeKind.SUBSIDY_APPROVED, application, "#notification.subsidy.CARE", "2026-12");
            inbox.record(
                    events.get(2), NoticeKind.SUBSIDY_APPROVED, application, "#notification.subsidy.CARE", "2026-12");
            assertThat(stored(events)).as("kept until the commit").isZero();
        }));

        assertThat(inserts).hasSize(1);
        assertThat(stored(events)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT kind, parameters FROM notification_inbox WHERE event_id = ?")
                        .param(events.get(2))
                        .query((rs, n) -> rs.getString(1)
                                + List.of((String[]) rs.getArray(2).getArray()))
                        .single())
                .isEqualTo("SUBSIDY_APPROVED[#notification.subsidy.CARE, 2026-12]");
    }

    @Test
    void aTransactionRecordingMoreThanOneStatementTakesWritesThemByTwo() {
        UUID application = UUID.randomUUID();
        // four bind parameters a row: one row more than one statement takes
        List<UUID> events = java.util.stream.Stream.generate(UUID::randomUUID)
                .limit(InsertsAtCommit.MOST_PARAMETERS / 4 + 1L)
                .toList();

        List<String> inserts = insertsDuring(() -> new TransactionTemplate(transactions)
                .executeWithoutResult(s -> events.forEach(e -> inbox.record(e, NoticeKind.ACCEPTED, application))));

        assertThat(inserts).hasSize(2);
        assertThat(stored(events)).isEqualTo(events.size());
        // told to nobody (no such application): taken off the job's way
        jdbc.sql("UPDATE notification_inbox SET handled_at = now() WHERE application_id = ?")
                .param(application)
                .update();
    }

    @Test
    void aRolledBackTransactionWritesNoEvent() {
        List<UUID> events = List.of(UUID.randomUUID(), UUID.randomUUID());

        List<String> inserts = insertsDuring(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
            events.forEach(e -> inbox.record(e, NoticeKind.ACCEPTED, UUID.randomUUID()));
            s.setRollbackOnly();
        }));

        assertThat(inserts).isEmpty();
        assertThat(stored(events)).isZero();
    }

    @Test
    void anInsertThatFailsFailsTheCommitAndNothingOfTheTransactionIsStored() {
        UUID written = UUID.randomUUID();
        UUID broken = UUID.randomUUID();

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
                    jdbc.sql("""
                                    INSERT INTO notification_inbox (event_id, kind, application_id, parameters)
                                    VALUES (?, 'ACCEPTED', ?, '{}')""").params(written, UUID.randomUUID()).update();
                    inbox.record(broken, NoticeKind.ACCEPTED, null); // no application: refused at the commit
                }))
                .isInstanceOf(DataIntegrityViolationException.class);

        assertThat(stored(List.of(written, broken))).isZero();
    }

    @Test
    void nestedTransactionsKeepOrDropTheirOwnEvents() {
        UUID undoneFirst = UUID.randomUUID();
        UUID outer = UUID.randomUUID();
        UUID kept = UUID.randomUUID();
        UUID undone = UUID.randomUUID();
        UUID own = UUID.randomUUID();
        TransactionTemplate savepoint = new TransactionTemplate(transactions);
        savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        TransactionTemplate separate = new TransactionTemplate(transactions);
        separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

        List<String> inserts = insertsDuring(() -> new TransactionTemplate(transactions).executeWithoutResult(s -> {
            savepoint.executeWithoutResult(n -> {
                inbox.record(undoneFirst, NoticeKind.ACCEPTED, UUID.randomUUID()); // the transaction's first event
                n.setRollbackOnly();
            });
            inbox.record(outer, NoticeKind.ACCEPTED, UUID.randomUUID());
            savepoint.executeWithoutResult(n -> inbox.record(kept, NoticeKind.ACCEPTED, UUID.randomUUID()));
            savepoint.executeWithoutResult(n -> {
                inbox.record(undone, NoticeKind.ACCEPTED, UUID.randomUUID());
                n.setRollbackOnly();
            });
            separate.executeWithoutResult(n -> inbox.record(own, NoticeKind.ACCEPTED, UUID.randomUUID()));
            assertThat(stored(List.of(own)))
                    .as("written when its own transaction committed")
                    .isEqualTo(1);
            assertThat(stored(List.of(outer, kept))).isZero();
        }));

        assertThat(inserts).hasSize(2); // the separate transaction's, then the outer one's
        assertThat(stored(List.of(outer, kept, own))).isEqualTo(3);
        assertThat(stored(List.of(undoneFirst, undone))).isZero();
    }

    /** How many of the events have an inbox row. */
    private long stored(List<UUID> events) {
        return jdbc.sql("SELECT count(*) FROM notification_inbox WHERE event_id IN (:ids)")
                .param("ids", events)
                .query(Long.class)
                .single();
    }

    /** The inserts into the table this thread ran during the work. */
    private static List<String> insertsDuring(Runnable work) {
        return ExecutedStatements.containing("INSERT INTO notification_inbox", work);
    }

    /** A person's own application, and another person's made by an agent: three accounts to tell. */
    private record TwoApplications(
            Account own, Account person, Account agent, SubmittedApplication mine, SubmittedApplication theirs) {}

    private TwoApplications twoApplications() {
        ResidentId first = NotificationFixtures.freshPerson();
        Account own = fixtures.person(first);
        ResidentId second = NotificationFixtures.freshPerson();
        Account person = fixtures.person(second);
        Account agent = fixtures.account();
        return new TwoApplications(
                own, person, agent, fixtures.submit(own, first, false), fixtures.submit(agent, second, true));
    }

    private long pending(SubmittedApplication application) {
        return jdbc.sql("SELECT count(*) FROM notification_inbox WHERE application_id = ? AND handled_at IS NULL")
                .param(application.id().value())
                .query(Long.class)
                .single();
    }

    private UUID eventOf(SubmittedApplication application) {
        return jdbc.sql("SELECT event_id FROM notification_inbox WHERE application_id = ? AND kind = 'SUBMITTED'")
                .param(application.id().value())
                .query(UUID.class)
                .single();
    }

    private List<String> parameters(UUID account) {
        return jdbc.sql("SELECT parameters FROM notification_message WHERE account_id = ? AND kind = 'SUBMITTED'")
                .param(account)
                .query((rs, n) -> List.of((String[]) rs.getArray(1).getArray()))
                .single();
    }
}
