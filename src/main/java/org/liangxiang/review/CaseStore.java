package org.liangxiang.review;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.liangxiang.intake.CorrectionItem;
import org.liangxiang.policy.ReviewChainStep;
import org.liangxiang.policy.ReviewOffice;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.Memo;
import org.liangxiang.shared.Money;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.database.GuardedWrite;
import org.liangxiang.shared.database.InsertsAtCommit;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases in PostgreSQL. Reads for acts lock the row ({@code FOR UPDATE}) and see only cases whose owner township is in
 * the staff member's jurisdiction; reads for display see cases whose receiving or home township is. Saving is guarded
 * by the version the act was based on, so an act never overwrites another.
 */
@Component
class CaseStore {

    private static final TypeReference<List<ReviewChainStep>> CHAIN = new TypeReference<>() {};
    private static final TypeReference<List<CorrectionItem>> ITEMS = new TypeReference<>() {};

    static final String COLUMNS = "c.*";
    static final String SUBSIDY = "s_";
    static final String SUBSIDY_COLUMNS = java.util.stream.Stream.of(
                    "subsidy",
                    "outcome",
                    "decided_at",
                    "refusal_reason",
                    "explanation",
                    "monthly_amount_fen",
                    "start_month",
                    "policy_reference",
                    "decided_on",
                    "decided_by")
            .map(column -> "s." + column + " AS " + SUBSIDY + column)
            .collect(java.util.stream.Collectors.joining(", "));
    static final String OWNED = Regions.withinSubtree("c.owner_township", "jurisdiction");
    static final String READABLE = "(" + Regions.withinSubtree("c.receiving_township", "jurisdiction") + " OR "
            + Regions.withinSubtree("c.home_township", "jurisdiction") + ")";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final InsertsAtCommit inserts;

    /*
     * A case's chain is set once (at acceptance, from the policy in force) and read and written with every act; the
     * distinct chains are few (one per region's policy), so each is parsed and written as JSON once, not per act.
     */
    private final Memo<String, List<ReviewChainStep>> chainsRead = new Memo<>(1_000);
    private final Memo<List<ReviewChainStep>, String> chainsWritten = new Memo<>(1_000);
    /** The save statement's text by the shape of what an act writes beside the case (a few shapes in all). */
    private final Memo<Shape, String> saves = new Memo<>(1_000);

    CaseStore(JdbcClient jdbc, JsonMapper json, InsertsAtCommit inserts) {
        this.jdbc = jdbc;
        this.json = json;
        this.inserts = inserts;
    }

    /**
     * A new case's row: kept for the transaction's commit with its other rows ({@link InsertsAtCommit}), which with the
     * application's transaction manager go with the {@code COMMIT} itself; a case already there (an event delivered
     * twice) stays as it is.
     */
    static final InsertsAtCommit.Table CASES = new InsertsAtCommit.Table(
            """
            INSERT INTO review_case (application_id, number, channel, receiving_township, home_township,
                owner_township, payee_account_id, submitted_on, state, worklist, office, office_region,
                clock_started_on, clock_budget, clock_used, due_date, due_provisional_years,
                certificate_level_sealed)
            VALUES""",
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS integer[]), ?)",
            "ON CONFLICT (application_id) DO NOTHING");

    /** A new case's subsidies, pending, with the case's row (an event delivered twice adds none it has). */
    static final InsertsAtCommit.Table SUBSIDIES =
            new InsertsAtCommit.Table("""
            INSERT INTO review_subsidy (application_id, subsidy, outcome)
            VALUES""", "(?, ?, 'PENDING')", "ON CONFLICT (application_id, subsidy) DO NOTHING");

    /**
     * Stores a new case with every requested subsidy pending: its rows kept for the commit, with the rest the
     * transaction keeps (the submission's audit records, inbox rows, evidence reports owed and idempotency answer), so
     * that all of them and the {@code COMMIT} are one request. A read of cases in the transaction writes them first
     * ({@link #one}).
     */
    void insert(ReviewCase c) {
        inserts.insert(CASES, List.<Object[]>of(new Object[] {
            c.applicationId,
            c.number,
            c.channel,
            text(c.receivingTownship),
            text(c.homeTownship),
            text(c.ownerTownship),
            new SqlParameterValue(Types.OTHER, c.payeeAccountId),
            new SqlParameterValue(Types.DATE, c.submittedOn),
            c.state.name(),
            c.worklist().name(),
            c.office.name(),
            text(c.officeRegion),
            new SqlParameterValue(Types.DATE, c.clock.runningSince()),
            c.clock.budget(),
            c.clock.used(),
            new SqlParameterValue(Types.DATE, c.dueDate),
            text(yearsLiteral(c.dueProvisionalYears)),
            new SqlParameterValue(Types.BINARY, c.levelSealed)
        }));
        inserts.insert(
                SUBSIDIES,
                c.subsidies.keySet().stream()
                        .sorted()
                        .map(s -> new Object[] {c.applicationId, s.name()})
                        .toList());
    }

    private static SqlParameterValue text(String value) {
        return new SqlParameterValue(Types.VARCHAR, value);
    }

    /** The case, locked for an act, when its owner township lies in the jurisdiction. */
    Optional<ReviewCase> forAct(UUID id, String jurisdiction) {
        return one(
                "c.application_id = :id AND " + OWNED + " FOR UPDATE OF c",
                Map.of("id", id, "jurisdiction", jurisdiction));
    }

    /** The case for display, when its receiving or home township lies in the jurisdiction. */
    Optional<ReviewCase> forRead(UUID id, String jurisdiction) {
        return one("c.application_id = :id AND " + READABLE, Map.of("id", id, "jurisdiction", jurisdiction));
    }

    /** The case, locked, for the system's own acts (events, jobs). */
    Optional<ReviewCase> forSystem(UUID id) {
        return one("c.application_id = :id FOR UPDATE OF c", Map.of("id", id));
    }

    /** The case with its subsidies in one statement: a row per subsidy, the case's columns repeated (and locked once). */
    private Optional<ReviewCase> one(String where, Map<String, Object> params) {
        inserts.flush(); // a case opened in this transaction is written first
        List<ReviewCase> found = new ArrayList<>(1);
        jdbc.sql("SELECT " + COLUMNS + ", " + SUBSIDY_COLUMNS
                        + " FROM review_case c LEFT JOIN review_subsidy s ON s.application_id = c.application_id WHERE "
                        + where)
                .params(params)
                .query(rs -> {
                    if (found.isEmpty()) {
                        found.add(read(rs));
                    }
                    if (rs.getString(SUBSIDY + "subsidy") != null) {
                        SubsidyOutcome o = outcome(rs, SUBSIDY);
                        found.get(0).subsidies.put(o.subsidy(), o);
                    }
                });
        return found.stream().findFirst();
    }

    /**
     * Saves the case if it is still at the version it was loaded with, with what the act changed beside it (a step's
     * pass ended or started, subsidies' outcomes, the notices the act owes) and the rows the transaction has kept for
     * its commit so far (the act's audit entries, the notification inbox's rows: {@link InsertsAtCommit#join}) in the
     * same statement; false when another act came first (the transaction then rolls back, the parts written beside the
     * case with it). The parts of one statement all see the rows as they were before it, so the pass that ends is
     * never the one that starts.
     */
    boolean save(ReviewCase c) {
        ReviewCase.Pending pending = c.pending;
        // the rows the act has kept for its commit (its audit entries, the inbox's rows) go with the save
        InsertsAtCommit.Joined kept = inserts.join("kept");
        JdbcClient.StatementSpec statement = jdbc.sql(kept.into(saves.get(Shape.of(pending), CaseStore::saveStatement)))
                .params(kept.parameters());
        statement = pendingParams(pending, correctionAndChainParams(c, stateParams(c, statement)))
                .param("level", pending.level ? c.levelSealed : null, java.sql.Types.BINARY);
        GuardedWrite guard = pending.guard;
        pending.stepEnd = null;
        pending.stepStart = null;
        pending.outcomes.clear();
        pending.notices.clear();
        pending.guard = null;
        pending.level = false;
        if (guard == null) {
            return statement.update() == 1;
        }
        // the other module's write went with the save: the guard's row and the case's, or the reason there is none
        boolean[] wrote = statement
                .params(guard.parameters())
                .query((rs, n) -> new boolean[] {rs.getBoolean("guarded"), rs.getBoolean("saved")})
                .single();
        if (!wrote[0]) {
            throw guard.refusal();
        }
        return wrote[1];
    }

    /**
     * Another module's guarded write of its own tables, made with the case's save (intake's acceptance of the
     * application, its record of a decision): the save fails with the owner's reason when the write is refused.
     */
    void writeWithSave(ReviewCase c, GuardedWrite guard) {
        if (c.pending.guard != null) {
            throw new IllegalStateException("One guarded write per save");
        }
        c.pending.guard = guard;
    }

    /** The case's state, office, step and clock: the save's parameters, in two small methods like the parts' below. */
    private static JdbcClient.StatementSpec stateParams(ReviewCase c, JdbcClient.StatementSpec s) {
        return s.param("owner", c.ownerTownship)
                .param("province", c.targetProvince)
                .param("state", c.state.name())
                .param("worklist", c.worklist().name())
                .param("office", c.office.name())
                .param("officeRegion", c.officeRegion)
                .param("position", c.stepPosition)
                .param("clockStart", c.clock.runningSince())
                .param("budget", c.clock.budget())
                .param("used", c.clock.used())
                .param("due", c.dueDate)
                .param("years", yearsLiteral(c.dueProvisionalYears));
    }

    /** The case's correction, public notice, chain and closing, its id and the version the act was based on. */
    private JdbcClient.StatementSpec correctionAndChainParams(ReviewCase c, JdbcClient.StatementSpec s) {
        return s.param("resume", c.resumeWorklist == null ? null : c.resumeWorklist.name())
                .param("correctionStart", c.correctionStartedOn)
                .param("correctionDays", c.correctionDays)
                .param("items", c.correctionItems.isEmpty() ? null : json.writeValueAsString(c.correctionItems))
                .param("note", c.correctionNote)
                .param("noticeStart", c.noticeStartedOn)
                .param("noticeEnd", c.noticeEndsOn)
                .param("noticeDays", c.noticeDays)
                .param("chain", c.chain == null ? null : textOf(c.chain.steps()))
                .param("pauses", c.chain == null ? null : c.chain.noticePausesClock())
                .param("policy", c.chainPolicy)
                .param("closedOn", c.closedOn)
                .param("closed", !c.state.open())
                .param("id", c.applicationId)
                .param("version", c.version);
    }

    /** The open pass of the case's current step ends (COMPLETED, OBJECTION, DECIDED, ...), written with the save. */
    record StepEnd(LocalDate on, UUID by, String outcome) {}

    /** A new pass of a step begins, written with the save. */
    record StepStart(int position, ReviewChainStep step, String officeRegion, LocalDate on, LocalDate due) {}

    /**
     * What an act writes beside the case, as far as the save statement's text depends on it (the guarded write's text:
     * its owner's constant).
     */
    private record Shape(boolean ends, boolean starts, int outcomes, int notices, String guardParts, String guard) {

        static Shape of(ReviewCase.Pending pending) {
            GuardedWrite guard = pending.guard;
            return new Shape(
                    pending.stepEnd != null,
                    pending.stepStart != null,
                    pending.outcomes.size(),
                    pending.notices.size(),
                    guard == null ? null : guard.parts(),
                    guard == null ? null : guard.guard());
        }
    }

    /**
     * The save's text: made once a shape (the parts' text and their parameters' names), then remembered. With a
     * guarded write, the update becomes a part too, and the statement answers whether each part wrote its row.
     */
    private static String saveStatement(Shape shape) {
        if (shape.guard() == null) {
            return pendingWrites(shape) + UPDATE_CASE;
        }
        String parts = pendingWrites(shape);
        return (parts.isEmpty() ? "WITH " : parts.stripTrailing() + ", ") + shape.guardParts() + ",\n"
                + "saved AS (" + UPDATE_CASE + " RETURNING 1)\n"
                + "SELECT EXISTS (SELECT FROM " + shape.guard() + ") AS guarded, EXISTS (SELECT FROM saved) AS saved";
    }

    private static final String UPDATE_CASE = """
                UPDATE review_case SET owner_township = :owner, target_province = :province, state = :state,
                    worklist = :worklist, office = :office, office_region = :officeRegion, step_position = :position,
                    clock_started_on = :clockStart, clock_budget = :budget, clock_used = :used, due_date = :due,
                    due_provisional_years = CAST(:years AS integer[]), resume_worklist = :resume,
                    correction_started_on = :correctionStart, correction_days = :correctionDays,
                    correction_items = CAST(:items AS jsonb), correction_note = :note,
                    notice_started_on = :noticeStart, notice_ends_on = :noticeEnd, notice_days = :noticeDays,
                    chain = CAST(:chain AS jsonb), chain_pauses_for_notice = :pauses, chain_policy = :policy,
                    closed_on = :closedOn, certificate_level_sealed = coalesce(:level, certificate_level_sealed),
                    closed_at = CASE WHEN :closed THEN coalesce(closed_at, now()) END,
                    version = version + 1, updated_at = now()
                WHERE application_id = :id AND version = :version""";

    private static String pendingWrites(Shape pending) {
        List<String> parts = new ArrayList<>();
        if (pending.ends()) {
            parts.add("""
                    ended AS (UPDATE review_case_step SET completed_on = :endOn, completed_by = :endBy,
                        outcome = :endOutcome WHERE application_id = :id AND completed_on IS NULL)""");
        }
        if (pending.starts()) {
            parts.add("""
                    started AS (INSERT INTO review_case_step (application_id, position, step, office, office_region,
                        working_days, started_on, due_date) VALUES (:id, :startPosition, :startStep, :startOffice,
                        :startRegion, :startDays, :startOn, :startDue))""");
        }
        if (pending.outcomes() > 0) {
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < pending.outcomes(); i++) {
                rows.add(("(:oS, :oO, :oAt, :oR, :oE, CAST(:oA AS bigint), CAST(:oM AS date), :oP, CAST(:oD AS date),"
                                + " CAST(:oB AS uuid))")
                        .replaceAll(":o([A-Za-z]+)", ":o$1" + i));
            }
            parts.add("""
                    outcomes AS (UPDATE review_subsidy s SET outcome = o.outcome, decided_at = o.decided_at,
                        refusal_reason = o.reason, explanation = o.explanation, monthly_amount_fen = o.amount,
                        start_month = o.start_month, policy_reference = o.policy, decided_on = o.decided_on,
                        decided_by = o.decided_by
                      FROM (VALUES %s) AS o(subsidy, outcome, decided_at, reason, explanation, amount, start_month,
                        policy, decided_on, decided_by)
                     WHERE s.application_id = :id AND s.subsidy = o.subsidy)""".formatted(String.join(", ", rows)));
        }
        if (pending.notices() > 0) {
            List<String> rows = new ArrayList<>();
            for (int i = 0; i < pending.notices(); i++) {
                rows.add("(:id, CAST(:version AS bigint) + 1, :nK%d, :nS%d, CAST(:nD%d AS jsonb))".formatted(i, i, i));
            }
            parts.add("notices AS (INSERT INTO review_notice (application_id, act_version, kind, subsidy, details)"
                    + " VALUES " + String.join(", ", rows) + ")");
        }
        return parts.isEmpty() ? "" : "WITH " + String.join(", ", parts) + "\n";
    }

    /**
     * The parameters of what the act writes beside the case, a small method a part: each is compiled on its own by
     * the JIT, early (one long method of them all was still being compiled under load after a thousand acts).
     */
    private JdbcClient.StatementSpec pendingParams(ReviewCase.Pending pending, JdbcClient.StatementSpec s) {
        if (pending.stepEnd != null) {
            s = stepEndParams(pending.stepEnd, s);
        }
        if (pending.stepStart != null) {
            s = stepStartParams(pending.stepStart, s);
        }
        for (int i = 0; i < pending.outcomes.size(); i++) {
            s = outcomeParams(pending.outcomes.get(i), i, s);
        }
        for (int i = 0; i < pending.notices.size(); i++) {
            s = noticeParams(pending.notices.get(i), i, s);
        }
        return s;
    }

    private static JdbcClient.StatementSpec stepEndParams(StepEnd end, JdbcClient.StatementSpec s) {
        return s.param("endOn", end.on()).param("endBy", end.by()).param("endOutcome", end.outcome());
    }

    private static JdbcClient.StatementSpec stepStartParams(StepStart start, JdbcClient.StatementSpec s) {
        ReviewChainStep step = start.step();
        return s.param("startPosition", start.position())
                .param("startStep", step.step().name())
                .param("startOffice", step.office().name())
                .param("startRegion", start.officeRegion())
                .param("startDays", step.workingDays())
                .param("startOn", start.on())
                .param("startDue", start.due());
    }

    private static JdbcClient.StatementSpec outcomeParams(SubsidyOutcome o, int i, JdbcClient.StatementSpec s) {
        Money amount = o.monthlyAmount();
        YearMonth start = o.startMonth();
        return s.param("oS" + i, o.subsidy().name())
                .param("oO" + i, o.outcome().name())
                .param("oAt" + i, nameOf(o.decidedAt()))
                .param("oR" + i, nameOf(o.reason()))
                .param("oE" + i, o.explanation())
                .param("oA" + i, amount == null ? null : amount.fen())
                .param("oM" + i, start == null ? null : start.atDay(1))
                .param("oP" + i, o.policyReference())
                .param("oD" + i, o.decidedOn())
                .param("oB" + i, o.decidedBy());
    }

    private JdbcClient.StatementSpec noticeParams(NoticeDue notice, int i, JdbcClient.StatementSpec s) {
        return s.param("nK" + i, notice.kind().name())
                .param("nS" + i, DueNotices.subsidyKey(notice))
                .param("nD" + i, json.writeValueAsString(notice));
    }

    private static String nameOf(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** The subsidy's new outcome, written with the case's save. */
    void saveOutcome(ReviewCase c, SubsidyOutcome o) {
        c.pending.outcomes.removeIf(known -> known.subsidy() == o.subsidy());
        c.pending.outcomes.add(o);
    }

    /** A new pass of a step begins (written with the case's save; one per act, after the pass that ends). */
    void startStep(ReviewCase c, int position, ReviewChainStep step, String officeRegion, LocalDate on, LocalDate due) {
        if (c.pending.stepStart != null) {
            throw new IllegalStateException("One new pass of a step per act");
        }
        c.pending.stepStart = new StepStart(position, step, officeRegion, on, due);
    }

    /**
     * The open pass of the case's current step ends with the outcome (COMPLETED, OBJECTION, DECIDED, ...), written
     * with the case's save; before any new pass of the act.
     */
    void endStep(ReviewCase c, LocalDate on, UUID by, String outcome) {
        if (c.pending.stepEnd != null || c.pending.stepStart != null) {
            throw new IllegalStateException("The open pass ends once per act, before a new one starts");
        }
        c.pending.stepEnd = new StepEnd(on, by, outcome);
    }

    /** The open pass of the current step gets a new due date (after a pause, or a recomputation). */
    void redueStep(UUID id, LocalDate due) {
        jdbc.sql("UPDATE review_case_step SET due_date = ? WHERE application_id = ? AND completed_on IS NULL")
                .params(due, id)
                .update();
    }

    void insertObjection(UUID id, LocalDate on, UUID by, String note) {
        jdbc.sql("""
                INSERT INTO review_objection (id, application_id, recorded_on, recorded_by, note)
                VALUES (?, ?, ?, ?, ?)""").params(UUID.randomUUID(), id, on, by, note).update();
    }

    /** A subsidy's outcome from review_subsidy's columns, each named with the prefix. */
    static SubsidyOutcome outcome(ResultSet rs, String prefix) throws SQLException {
        Date start = rs.getDate(prefix + "start_month");
        long fen = rs.getLong(prefix + "monthly_amount_fen");
        Money amount = rs.wasNull() ? null : Money.ofFen(fen);
        return new SubsidyOutcome(
                Subsidy.valueOf(rs.getString(prefix + "subsidy")),
                SubsidyOutcome.Outcome.valueOf(rs.getString(prefix + "outcome")),
                name(Worklist.class, rs.getString(prefix + "decided_at")),
                name(RefusalReason.class, rs.getString(prefix + "refusal_reason")),
                rs.getString(prefix + "explanation"),
                amount,
                start == null ? null : YearMonth.from(start.toLocalDate()),
                rs.getString(prefix + "policy_reference"),
                rs.getObject(prefix + "decided_on", LocalDate.class),
                rs.getObject(prefix + "decided_by", UUID.class));
    }

    private ReviewCase read(ResultSet rs) throws SQLException {
        ReviewCase c = new ReviewCase(
                rs.getObject("application_id", UUID.class),
                rs.getString("number"),
                rs.getString("channel"),
                rs.getString("receiving_township"),
                rs.getString("home_township"),
                rs.getObject("payee_account_id", UUID.class),
                rs.getObject("submitted_on", LocalDate.class),
                rs.getLong("version"));
        c.ownerTownship = rs.getString("owner_township");
        c.targetProvince = rs.getString("target_province");
        c.state = CaseState.valueOf(rs.getString("state"));
        c.office = ReviewOffice.valueOf(rs.getString("office"));
        c.officeRegion = rs.getString("office_region");
        c.stepPosition = (Integer) rs.getObject("step_position");
        c.clock = new CaseClock(
                rs.getObject("clock_started_on", LocalDate.class), rs.getInt("clock_budget"), rs.getInt("clock_used"));
        c.dueDate = rs.getObject("due_date", LocalDate.class);
        c.dueProvisionalYears = years(rs.getArray("due_provisional_years"));
        c.resumeWorklist = name(Worklist.class, rs.getString("resume_worklist"));
        c.correctionStartedOn = rs.getObject("correction_started_on", LocalDate.class);
        c.correctionDays = (Integer) rs.getObject("correction_days");
        String items = rs.getString("correction_items");
        c.correctionItems = items == null ? List.of() : json.readValue(items, ITEMS);
        c.correctionNote = rs.getString("correction_note");
        c.noticeStartedOn = rs.getObject("notice_started_on", LocalDate.class);
        c.noticeEndsOn = rs.getObject("notice_ends_on", LocalDate.class);
        c.noticeDays = (Integer) rs.getObject("notice_days");
        String chain = rs.getString("chain");
        c.chain = chain == null ? null : new ReviewChain(stepsOf(chain), rs.getBoolean("chain_pauses_for_notice"));
        c.chainPolicy = rs.getString("chain_policy");
        c.closedOn = rs.getObject("closed_on", LocalDate.class);
        c.levelSealed = rs.getBytes("certificate_level_sealed");
        return c;
    }

    static List<Integer> years(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return Arrays.stream(values).map(v -> ((Number) v).intValue()).toList();
    }

    static String yearsLiteral(List<Integer> years) {
        return "{" + String.join(",", years.stream().map(String::valueOf).toList()) + "}";
    }

    static <E extends Enum<E>> E name(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }

    private List<ReviewChainStep> stepsOf(String text) {
        return chainsRead.get(text, t -> List.copyOf(json.readValue(t, CHAIN)));
    }

    private String textOf(List<ReviewChainStep> steps) {
        return chainsWritten.get(List.copyOf(steps), json::writeValueAsString);
    }
}
