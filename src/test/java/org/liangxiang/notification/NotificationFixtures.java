package org.liangxiang.notification;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;
import org.liangxiang.TestResidentIds;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.guide.MaterialType;
import org.liangxiang.guide.RequiredMaterial;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.guide.Requirement;
import org.liangxiang.guide.Situation;
import org.liangxiang.intake.Actor;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.intake.DraftForm;
import org.liangxiang.intake.PayeeDetails;
import org.liangxiang.intake.PersonDetails;
import org.liangxiang.intake.SubmittedApplication;
import org.liangxiang.intake.SubmitterDetails;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Applicant accounts (fresh mobile numbers, optionally bound to a fresh person) and applications submitted through
 * intake's own services, by the person themself or by an agent; and waiting for the listeners, which run after commit.
 */
final class NotificationFixtures {

    static final String TOWNSHIP = "410102001"; // 郑州 中原区 林山寨街道
    static final String PASSWORD = "a-long-test-password-1";

    private final ApplicantAccounts applicants;
    private final ApplicationDrafts drafts;
    private final ApplicationMaterials materials;
    private final ApplicationSubmissions submissions;
    private final RequiredMaterials required;
    private final JdbcClient jdbc;

    NotificationFixtures(
            ApplicantAccounts applicants,
            ApplicationDrafts drafts,
            ApplicationMaterials materials,
            ApplicationSubmissions submissions,
            RequiredMaterials required,
            JdbcClient jdbc) {
        this.applicants = applicants;
        this.drafts = drafts;
        this.materials = materials;
        this.submissions = submissions;
        this.required = required;
        this.jdbc = jdbc;
    }

    record Account(UUID id, String mobile) {}

    static String newMobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    Account account() {
        String mobile = newMobile();
        return new Account(applicants.register(mobile, PASSWORD), mobile);
    }

    /** An account bound by real name to a fresh person. */
    Account person(ResidentId residentId) {
        Account account = account();
        applicants.bindRealName(account.id(), "王秀英", residentId, null);
        return account;
    }

    /** Submits an application for the person; the submitter acts as the person or, when {@code agent}, as a guardian. */
    SubmittedApplication submit(Account submitter, ResidentId person, boolean agent) {
        Actor actor = Actor.applicant(submitter.id());
        DraftForm form = new DraftForm(
                new PersonDetails("王秀英", person.value(), person.value() + "42", "河南省郑州市中原区建设路1号", TOWNSHIP, false),
                agent ? new SubmitterDetails("GUARDIAN", "女儿") : null,
                List.of(Subsidy.CARE.name()),
                TOWNSHIP,
                new PayeeDetails("PERSON", "王秀英", "中国工商银行", "6222020200001234567"),
                null);
        SubmittedApplication draft = drafts.create(actor, form);
        Set<Situation> situations = agent ? EnumSet.of(Situation.AGENT_APPLYING) : Set.of();
        for (RequiredMaterial m :
                required.forApplication(RegionCode.of(TOWNSHIP), draft.subsidies(), situations, ChinaTime.today())) {
            if (m.requirement() == Requirement.REQUIRED) {
                upload(submitter, draft, m.material());
            }
        }
        return submissions.submit(actor, draft.id());
    }

    void upload(Account submitter, SubmittedApplication application, MaterialType type) {
        materials.upload(
                Actor.applicant(submitter.id()),
                application.id(),
                type.name(),
                type.name().toLowerCase() + ".pdf",
                ("%PDF-1.4\n% notification test " + UUID.randomUUID() + "\n%%EOF\n")
                        .getBytes(StandardCharsets.US_ASCII));
    }

    static ResidentId freshPerson() {
        return ResidentId.of(TestResidentIds.random());
    }

    long messages(UUID account, NoticeKind kind) {
        return count("notification_message", account, kind);
    }

    long sms(UUID account, NoticeKind kind) {
        return count("notification_sms", account, kind);
    }

    private long count(String table, UUID account, NoticeKind kind) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE account_id = ? AND kind = ?")
                .params(account, kind.name())
                .query(Long.class)
                .single();
    }

    /** Waits (at most 30 s) until the listener has written the kind's message to the account. */
    void awaitMessage(UUID account, NoticeKind kind) {
        await(() -> messages(account, kind), "a " + kind + " message for " + account);
    }

    /** Waits until no publication of the event (by its id) to a notification listener is incomplete. */
    void awaitHandled(UUID eventId, int publications) {
        await(
                () -> jdbc.sql("""
                                SELECT count(*) FILTER (WHERE completion_date IS NOT NULL) >= ?
                                   AND count(*) FILTER (WHERE completion_date IS NULL) = 0
                                  FROM event_publication
                                 WHERE listener_id LIKE 'org.liangxiang.notification.%' AND serialized_event LIKE ?""")
                                .params(publications, "%" + eventId + "%")
                                .query(Boolean.class)
                                .single()
                        ? 1
                        : 0,
                "event " + eventId + " handled " + publications + " times");
    }

    /** Waits until the event's inbox row (by its id) has been handled by the inbox's job. */
    void awaitTold(UUID eventId) {
        await(
                () -> jdbc.sql("SELECT count(*) FROM notification_inbox WHERE event_id = ? AND handled_at IS NOT NULL")
                        .param(eventId)
                        .query(Long.class)
                        .single(),
                "event " + eventId + " told");
    }

    static void await(LongSupplier count, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (count.getAsLong() < 1) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited in vain for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
