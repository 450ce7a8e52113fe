package org.liangxiang.eligibility;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.liangxiang.account.SignedInStaff;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.intake.Actor;
import org.liangxiang.intake.ApplicationDrafts;
import org.liangxiang.intake.DraftForm;
import org.liangxiang.intake.SubmittedApplication;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.crypto.PersonalData;
import org.liangxiang.shared.event.EventEnvelope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The township's outreach tasks as its staff assistants work them (within their jurisdiction): a contact log and an
 * end. "Start an assisted application" opens an ASSISTED draft through intake's public service for the same person
 * (the resident id given must be the task's) and closes the task with the application's id, in one transaction.
 */
@Service
public class Outreach {

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final ApplicationDrafts drafts;
    private final PersonalData personalData;

    Outreach(
            JdbcClient jdbc,
            AuditTrail audit,
            ApplicationEventPublisher events,
            ApplicationDrafts drafts,
            PersonalData personalData) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
        this.drafts = drafts;
        this.personalData = personalData;
    }

    public List<OutreachTask> list(String jurisdiction, OutreachStatus status, int limit, int offset) {
        return jdbc.sql("SELECT * FROM elig_outreach_task t WHERE t.status = :status AND "
                        + Regions.withinSubtree("t.township_code", "jurisdiction")
                        + " ORDER BY t.created_at, t.id LIMIT :limit OFFSET :offset")
                .param("status", status.name())
                .param("jurisdiction", jurisdiction)
                .param("limit", Math.max(1, Math.min(limit, 500)))
                .param("offset", Math.max(0, offset))
                .query((rs, n) -> task(rs, List.of()))
                .list();
    }

    public OutreachTask get(UUID id, String jurisdiction) {
        return load(id, jurisdiction, false);
    }

    @Transactional
    public OutreachContact logContact(
            UUID id,
            LocalDate contactedOn,
            ContactChannel channel,
            ContactOutcome outcome,
            String note,
            SignedInStaff staff) {
        OutreachTask task = open(id, staff);
        if (contactedOn == null || contactedOn.isAfter(ChinaTime.today())) {
            throw new InvalidValueException(
                    "contactedOn",
                    "OUTREACH_CONTACT_DATE",
                    "请填写联系日期（不能晚于今天）",
                    "The contact date is required and not in the future");
        }
        if (channel == null || outcome == null) {
            throw new InvalidValueException(
                    channel == null ? "channel" : "outcome",
                    "OUTREACH_CONTACT_REQUIRED",
                    "请选择联系方式和结果",
                    "Channel and outcome are required");
        }
        checkNote(note);
        UUID contactId = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO elig_outreach_contact (id, task_id, contacted_on, channel, outcome, note, recorded_by)
                        VALUES (:id, :task, :on, :channel, :outcome, :note, :by)
                        """)
                .param("id", contactId)
                .param("task", task.id())
                .param("on", contactedOn)
                .param("channel", channel.name())
                .param("outcome", outcome.name())
                .param("note", note)
                .param("by", staff.accountId().toString())
                .update();
        audit.record(entry("OUTREACH_CONTACT_LOGGED", task, staff).withChange(null, channel + " " + outcome));
        events.publishEvent(new OutreachContactLogged(
                EventEnvelope.of(staff.accountId().toString(), "STAFF"), task.id(), contactId, channel, outcome));
        return load(id, staff.jurisdiction(), false).contacts().stream()
                .filter(c -> c.id().equals(contactId))
                .findFirst()
                .orElseThrow();
    }

    /** Ends the task as not interested, not eligible or moved. */
    @Transactional
    public OutreachTask close(UUID id, OutreachEnd end, String note, SignedInStaff staff) {
        if (end == null || end == OutreachEnd.ASSISTED_APPLICATION) {
            throw new InvalidValueException(
                    "end", "OUTREACH_END", "请选择结果：不愿申请、不符合条件或已迁出", "NOT_INTERESTED, NOT_ELIGIBLE or MOVED");
        }
        checkNote(note);
        return finish(open(id, staff), end, note, null, staff);
    }

    /** Opens an assisted application for the task's person and ends the task with it. */
    @Transactional
    public OutreachTask startAssistedApplication(UUID id, DraftForm form, SignedInStaff staff) {
        OutreachTask task = open(id, staff);
        String given =
                form == null || form.person() == null ? null : form.person().residentId();
        if (given == null || !samePerson(id, ResidentId.of(given))) {
            throw new InvalidValueException(
                    "person.residentId",
                    "OUTREACH_NOT_THE_PERSON",
                    "身份证号与该任务的对象不一致",
                    "The resident id is not the task's person");
        }
        SubmittedApplication draft =
                drafts.create(Actor.staff(staff.accountId(), staff.role().name(), staff.jurisdiction()), form);
        return finish(task, OutreachEnd.ASSISTED_APPLICATION, null, draft.id().value(), staff);
    }

    private boolean samePerson(UUID id, ResidentId person) {
        return jdbc.sql("SELECT resident_index = :index FROM elig_outreach_task WHERE id = :id")
                .param("index", personalData.index(PersonalData.RESIDENT_ID, person.value()))
                .param("id", id)
                .query(Boolean.class)
                .single();
    }

    private OutreachTask finish(
            OutreachTask task, OutreachEnd end, String note, UUID applicationId, SignedInStaff staff) {
        jdbc.sql("""
                        UPDATE elig_outreach_task SET status = 'CLOSED', outcome = :end, outcome_note = :note,
                               application_id = :application, closed_by = :by, closed_at = now()
                         WHERE id = :id
                        """)
                .param("end", end.name())
                .param("note", note)
                .param("application", applicationId)
                .param("by", staff.accountId().toString())
                .param("id", task.id())
                .update();
        audit.record(entry("OUTREACH_CLOSED", task, staff)
                .withChange("OPEN", end.name() + (applicationId == null ? "" : " " + applicationId))
                .withReason(note));
        events.publishEvent(new OutreachClosed(
                EventEnvelope.of(staff.accountId().toString(), "STAFF"),
                task.id(),
                task.townshipCode(),
                end,
                applicationId));
        return load(task.id(), staff.jurisdiction(), false);
    }

    private OutreachTask open(UUID id, SignedInStaff staff) {
        OutreachTask task = load(id, staff.jurisdiction(), true);
        if (task.status() != OutreachStatus.OPEN) {
            throw new AlreadyDecidedException("outreach task");
        }
        return task;
    }

    private OutreachTask load(UUID id, String jurisdiction, boolean forUpdate) {
        List<OutreachContact> contacts = jdbc.sql(
                        "SELECT * FROM elig_outreach_contact WHERE task_id = :id ORDER BY contacted_on, recorded_at")
                .param("id", id)
                .query((rs, n) -> contact(rs))
                .list();
        return jdbc.sql("SELECT * FROM elig_outreach_task t WHERE t.id = :id AND "
                        + Regions.withinSubtree("t.township_code", "jurisdiction")
                        + (forUpdate ? " FOR UPDATE" : ""))
                .param("id", id)
                .param("jurisdiction", jurisdiction)
                .query((rs, n) -> task(rs, contacts))
                .optional()
                .orElseThrow(() -> new NotFoundException("outreach task"));
    }

    private static void checkNote(String note) {
        if (note != null && note.length() > 500) {
            throw new InvalidValueException(
                    "note", "OUTREACH_NOTE_LENGTH", "备注不超过500字", "A note has at most 500 characters");
        }
    }

    private static AuditEntry entry(String type, OutreachTask task, SignedInStaff staff) {
        return AuditEntry.of(type, staff.accountId().toString())
                .withActor(staff.role().name(), staff.jurisdiction())
                .withObject("OUTREACH_TASK", task.id().toString());
    }

    static OutreachTask task(ResultSet rs, List<OutreachContact> contacts) throws SQLException {
        Array subsidies = rs.getArray("subsidies");
        String outcome = rs.getString("outcome");
        Timestamp closedAt = rs.getTimestamp("closed_at");
        return new OutreachTask(
                rs.getObject("id", UUID.class),
                OutreachKind.valueOf(rs.getString("kind")),
                rs.getString("resident_masked"),
                Arrays.stream((String[]) subsidies.getArray())
                        .map(Subsidy::valueOf)
                        .toList(),
                rs.getString("township_code"),
                OutreachStatus.valueOf(rs.getString("status")),
                outcome == null ? null : OutreachEnd.valueOf(outcome),
                rs.getString("outcome_note"),
                rs.getObject("application_id", UUID.class),
                rs.getString("closed_by"),
                closedAt == null ? null : closedAt.toInstant(),
                rs.getTimestamp("created_at").toInstant(),
                contacts);
    }

    private static OutreachContact contact(ResultSet rs) throws SQLException {
        return new OutreachContact(
                rs.getObject("id", UUID.class),
                rs.getDate("contacted_on").toLocalDate(),
                ContactChannel.valueOf(rs.getString("channel")),
                ContactOutcome.valueOf(rs.getString("outcome")),
                rs.getString("note"),
                rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }
}
