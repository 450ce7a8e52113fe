package org.liangxiang.eligibility;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.crypto.Sm3;
import org.liangxiang.shared.event.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-checks (定期复核, docs/eligibility.md): every current beneficiary from the {@link Beneficiaries} port goes through
 * the set-based rules in one transaction, a few statements in all; failures become proposals that wait for the county
 * ({@link RecheckProposals}), and certificates expiring within 6 months are noticed once each and announced in one event per run ({@link
 * CertificateExpiryRemindersDue}). Re-running is safe: a pending proposal is not made twice, nor a notice.
 */
@Service
public class Rechecks {

    private static final Logger log = LoggerFactory.getLogger(Rechecks.class);

    private final Beneficiaries beneficiaries;
    private final SetBasedRules setBased;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final boolean explain;

    Rechecks(
            Beneficiaries beneficiaries,
            SetBasedRules setBased,
            JdbcTemplate jdbc,
            AuditTrail audit,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions,
            @Value("${eligibility.recheck.explain:false}") boolean explain) {
        this.beneficiaries = beneficiaries;
        this.setBased = setBased;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.audit = audit;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.explain = explain;
    }

    /** Re-checks every current beneficiary as of the date; {@code trigger} is MONTHLY or ON_DEMAND. */
    public RecheckRun run(LocalDate on, String trigger, String actorId) {
        UUID runId = UUID.randomUUID();
        WorkTables work = WorkTables.of(runId);
        return tx.execute(status -> {
            jdbc.update(
                    "INSERT INTO elig_recheck_run (id, checked_on, trigger, requested_by) VALUES (?, ?, ?, ?)",
                    runId,
                    on,
                    trigger,
                    actorId);
            jdbc.execute("SET LOCAL work_mem = '" + WORK_MEM + "'");
            jdbc.execute("SET LOCAL maintenance_work_mem = '" + WORK_MEM + "'");
            long start = System.nanoTime();
            long checked = stage(on, work);
            long staged = System.nanoTime();
            setBased.resolvePolicies(on, work.subjects());
            long resolved = System.nanoTime();
            List<UUID> proposals = propose(runId, on, work);
            long proposed = System.nanoTime();
            long expiring = noticeExpiring(runId, on, work);
            jdbc.execute("DROP TABLE " + work.hits() + ", " + work.subjects());
            long noticed = System.nanoTime();
            record(runId, on, actorId, checked, proposals, expiring);
            log.info(
                    "Re-check {}: {} beneficiaries staged in {} ms, policies {} ms, {} proposals {} ms, {} expiry notices"
                            + " {} ms, recorded and announced (audit, {} events) in {} ms",
                    runId,
                    checked,
                    (staged - start) / 1_000_000,
                    (resolved - staged) / 1_000_000,
                    proposals.size(),
                    (proposed - resolved) / 1_000_000,
                    expiring,
                    (noticed - proposed) / 1_000_000,
                    expiring == 0 ? 1 : 2,
                    (System.nanoTime() - noticed) / 1_000_000);
            return find(runId);
        });
    }

    /** The run's row, its audit record and its events: the reminders due (if any certificate expires), the completion. */
    private void record(UUID runId, LocalDate on, String actorId, long checked, List<UUID> proposals, long expiring) {
        jdbc.update(
                "UPDATE elig_recheck_run SET beneficiaries = ?, proposals = ?, expiring = ?, finished_at = now()"
                        + " WHERE id = ?",
                checked,
                proposals.size(),
                expiring,
                runId);
        audit.recordBulk(
                AuditEntry.of("RECHECK_RUN", actorId)
                        .withObject("RECHECK_RUN", runId.toString())
                        .withChange(
                                null,
                                "{\"beneficiaries\":%d,\"proposals\":%d,\"expiring\":%d}"
                                        .formatted(checked, proposals.size(), expiring)),
                proposals.size(),
                digest(proposals));
        if (expiring > 0) {
            events.publishEvent(
                    new CertificateExpiryRemindersDue(EventEnvelope.of(actorId, "SYSTEM"), runId, expiring));
        }
        events.publishEvent(new RecheckCompleted(
                EventEnvelope.of(actorId, "SYSTEM"), runId, on, checked, proposals.size(), expiring));
    }

    /**
     * The port's beneficiaries as the run's subjects, in one {@code CREATE UNLOGGED TABLE ... AS} straight from the
     * port's SQL (a statement the planner may run with parallel workers, no index until the policies): the subject's
     * columns of the set-based rules and the beneficiary's own (id, subsidy, masked resident id), which the proposals
     * read back for the subjects with a hit. How many.
     */
    private long stage(LocalDate on, WorkTables work) {
        String query = """
                SELECT row_number() OVER () AS subject_id, b.resident_index, b.township_code AS region_code,
                       b.beneficiary_id, b.subsidy, b.resident_masked
                  FROM (%s) b""".formatted(beneficiaries.currentSql());
        if (explain) {
            log.info(
                    "Re-check: the staging's plan:\n{}",
                    String.join(
                            "\n",
                            named.queryForList(
                                    "EXPLAIN CREATE UNLOGGED TABLE " + work.subjects() + " AS " + query,
                                    SetBasedRules.parameters(on),
                                    String.class)));
        }
        return setBased.begin(work.subjects(), query, SetBasedRules.parameters(on));
    }

    /** The rules the proposals come from, in rule order: the only ones a re-check evaluates. */
    static final List<EligibilityRule> PROPOSING = Rules.ALL.stream()
            .filter(rule -> Arrays.stream(ProposalKind.values()).anyMatch(k -> k.rule() == rule.id()))
            .toList();

    /**
     * One pass over the facts: the subjects with their policy and facts (of the proposing rules' sources only) grouped
     * per subject into one narrow row (the grouped statement of {@link SetBasedRules#grouped}) of hits, per proposal
     * kind and subsidy (the kind's rule failing with the kind's reason), the dates the effective months come from and
     * whether the subject holds a certificate expiring within 6 months; only the subjects with a hit or such a certificate are
     * kept, in the run's UNLOGGED hits table, made by {@code CREATE TABLE AS} over the UNLOGGED subjects table (so
     * that the planner may run the pass with parallel workers: it never does for an {@code INSERT ... SELECT} or over
     * temporary tables). Then joined to the beneficiaries (their own columns stay out of the grouping), each hit for
     * the beneficiary's own subsidy inserted as a proposal.
     */
    private List<UUID> propose(UUID runId, LocalDate on, WorkTables work) {
        String passSql = """
                SELECT * FROM (%s) r
                 WHERE %s OR r.expiring > 0
                """.formatted(
                        SetBasedRules.grouped(
                                String.join(",\n ", "s.resident_index", hits(), monthFacts(), expiring()),
                                PROPOSING,
                                work.subjects()),
                        anyHit());
        MapSqlParameterSource passParams = passParameters(on);
        if (explain) {
            log.info(
                    "Re-check {}: the grouped pass's plan:\n{}",
                    runId,
                    String.join(
                            "\n",
                            named.queryForList("EXPLAIN (ANALYZE, BUFFERS) " + passSql, passParams, String.class)));
        }
        named.update("CREATE UNLOGGED TABLE " + work.hits() + " AS " + passSql, passParams);
        jdbc.execute("ANALYZE " + work.hits());
        return named.queryForList(
                """
                INSERT INTO elig_proposal (id, run_id, beneficiary_id, resident_index, resident_masked, subsidy, kind,
                    reason, effective_month, township_code)
                SELECT gen_random_uuid(), :run, b.beneficiary_id, b.resident_index, b.resident_masked, b.subsidy,
                       k.kind, k.reason, %s, b.region_code
                  FROM %s r
                  JOIN %s b ON b.subject_id = r.subject_id
                  CROSS JOIN LATERAL (VALUES %s) AS k (kind, reason, hit)
                 WHERE k.hit AND (%s)
                ON CONFLICT DO NOTHING
                RETURNING id
                """.formatted(effectiveMonth(), work.hits(), work.subjects(), kinds(), anyHit()),
                SetBasedRules.parameters(on).addValue("run", runId),
                UUID.class);
    }

    /**
     * The run's own UNLOGGED work tables in the schema {@code elig_work} (V20261203_1300), named after the run:
     * created and dropped in the run's transaction (a failed run's roll back removes them too).
     */
    record WorkTables(String subjects, String hits) {

        static WorkTables of(UUID runId) {
            String prefix = "elig_work.recheck_" + runId.toString().replace("-", "");
            return new WorkTables(prefix + "_subject", prefix + "_hit");
        }
    }

    /** Some hit of the subject (for either subsidy): the subjects worth keeping. */
    static String anyHit() {
        List<String> any = new ArrayList<>();
        for (ProposalKind kind : ProposalKind.values()) {
            for (Subsidy subsidy : subsidies(kind)) {
                any.add("r." + hit(kind, subsidy));
            }
        }
        return String.join(" OR ", any);
    }

    /** A valid certificate fact {@code f} expiring between the month's start and the horizon. */
    static final String EXPIRING = FactSql.of(ReferenceSource.CERTIFICATE) + " AND f.certificate_status = 'VALID' AND "
            + FactSql.HELD + " AND f.valid_until >= :monthStart AND f.valid_until <= :horizon";

    /**
     * The subject's certificates {@link #EXPIRING}, grouped: how many ({@code expiring}), and one of them packed into
     * one text ({@code expiring_one}: its id, expiry date and township, space-separated; the only one when there is
     * one, a person rarely holds two). Plain aggregates with a small fixed state, not the certificates' arrays, so that
     * the planner may hash the groups and parallel workers' partial groups combine cheaply; the notices take the one
     * certificate from the pass's row and read the certificates by index only for the few subjects with several.
     */
    static String expiring() {
        return FactSql.over("count(*)", EXPIRING) + " AS expiring,\n "
                + FactSql.over(
                        "min(CAST(f.id AS text) || ' ' || to_char(f.valid_until, 'YYYY-MM-DD') || ' '"
                                + " || f.township_code)",
                        EXPIRING)
                + " AS expiring_one";
    }

    /**
     * Memory for the re-check's transaction only: the staging's rows, the primary keys' builds, the proposals' hash
     * join and grouping.
     */
    static final String WORK_MEM = "512MB";

    /** The subsidies a kind can propose for: its rule's, narrowed to the kind's one subsidy if it has one. */
    static List<Subsidy> subsidies(ProposalKind kind) {
        return Arrays.stream(Subsidy.values())
                .filter(s -> kind.rule().subsidies().contains(s))
                .filter(s -> kind.only().map(s::equals).orElse(true))
                .toList();
    }

    /** The hit's column for the kind and subsidy. */
    static String hit(ProposalKind kind, Subsidy subsidy) {
        return (kind.name() + "_" + EligibilityRule.prefix(subsidy)).toLowerCase(java.util.Locale.ROOT);
    }

    /** The grouped columns, per kind and subsidy: whether the subsidy fails the kind's rule with the kind's reason. */
    static String hits() {
        List<String> columns = new ArrayList<>();
        for (ProposalKind kind : ProposalKind.values()) {
            EligibilityRule rule = PROPOSING.stream()
                    .filter(r -> r.id() == kind.rule())
                    .findFirst()
                    .orElseThrow();
            for (Subsidy subsidy : subsidies(kind)) {
                columns.add("(" + SetBasedRules.finding(rule, subsidy) + " IS NOT DISTINCT FROM 'FAIL:" + kind.reason()
                        + "') AS " + hit(kind, subsidy));
            }
        }
        return String.join(",\n ", columns);
    }

    /** The VALUES rows: per kind, its reason and the hit for the beneficiary's subsidy. */
    static String kinds() {
        List<String> rows = new ArrayList<>();
        for (ProposalKind kind : ProposalKind.values()) {
            StringBuilder hit = new StringBuilder("CASE b.subsidy");
            for (Subsidy subsidy : subsidies(kind)) {
                hit.append(" WHEN '").append(subsidy).append("' THEN r.").append(hit(kind, subsidy));
            }
            rows.add("('" + kind + "', '" + kind.reason() + "', " + hit.append(" ELSE false END") + ")");
        }
        return String.join(", ", rows);
    }

    /** The grouped dates the effective months come from: the earliest death, the latest expiry of a valid certificate. */
    static String monthFacts() {
        return FactSql.over("min(f.valid_from)", FactSql.of(ReferenceSource.DEATH)) + " AS died_on, "
                + FactSql.over(
                        "max(f.valid_until)",
                        FactSql.of(ReferenceSource.CERTIFICATE) + " AND f.certificate_status = 'VALID' AND "
                                + FactSql.HELD)
                + " AS expired_on";
    }

    /** The first month without payment, per kind (evaluated for the hits only). */
    static String effectiveMonth() {
        String next = "CAST(date_trunc('month', CAST(%s AS date)) + interval '1 month' AS date)";
        return "CASE k.kind WHEN '" + ProposalKind.STOP_DECEASED + "' THEN " + next.formatted("r.died_on")
                + " WHEN '" + ProposalKind.STOP_CERTIFICATE_EXPIRED + "' THEN " + next.formatted("r.expired_on")
                + " WHEN '" + ProposalKind.FLAG_PAID_ELSEWHERE + "' THEN CAST(NULL AS date)"
                + " ELSE " + next.formatted(":on") + " END";
    }

    /**
     * The certificates {@link #EXPIRING} of the subjects the grouped pass found holding some, noticed once each: how
     * many are new. A subject's one such certificate comes from the pass's row; only for the subjects with several
     * (rare) are the certificates read again, by the facts' person index ({@code OFFSET 0} keeps the lateral subquery
     * a per-subject index probe, where the planner would otherwise scan every certificate). A person who receives both
     * subsidies is two subjects with the same certificates: noticed once.
     */
    private long noticeExpiring(UUID runId, LocalDate on, WorkTables work) {
        String sql = """
                INSERT INTO elig_expiry_notice (certificate_fact_id, valid_until, township_code, run_id)
                SELECT DISTINCT c.id, c.valid_until, c.township_code, CAST(:run AS uuid)
                  FROM (SELECT CAST(split_part(r.expiring_one, ' ', 1) AS uuid) AS id,
                               CAST(split_part(r.expiring_one, ' ', 2) AS date) AS valid_until,
                               split_part(r.expiring_one, ' ', 3) AS township_code
                          FROM %1$s r
                         WHERE r.expiring = 1
                        UNION ALL
                        SELECT m.id, m.valid_until, m.township_code
                          FROM %1$s r
                          CROSS JOIN LATERAL (SELECT f.id, f.valid_until, f.township_code FROM elig_fact f
                                               WHERE f.resident_index = r.resident_index AND f.source = 'CERTIFICATE'
                                                 AND %2$s
                                              OFFSET 0) m
                         WHERE r.expiring > 1) c
                ON CONFLICT DO NOTHING
                """.formatted(work.hits(), EXPIRING);
        MapSqlParameterSource parameters = passParameters(on).addValue("run", runId);
        if (explain) {
            log.info(
                    "Re-check {}: the notices' plan:\n{}",
                    runId,
                    String.join("\n", named.queryForList("EXPLAIN " + sql, parameters, String.class)));
        }
        return named.update(sql, parameters);
    }

    /** The pass's parameters: the date's, and the horizon of the expiring certificates (6 months). */
    static MapSqlParameterSource passParameters(LocalDate on) {
        return SetBasedRules.parameters(on).addValue("horizon", on.plusMonths(6));
    }

    private static byte[] digest(List<UUID> ids) {
        ByteBuffer buffer = ByteBuffer.allocate(16 * ids.size());
        ids.stream()
                .sorted(Comparator.naturalOrder())
                .forEach(id -> buffer.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()));
        return Sm3.hash(buffer.array());
    }

    public RecheckRun find(UUID runId) {
        return jdbc.queryForObject(
                "SELECT * FROM elig_recheck_run WHERE id = ?",
                (rs, i) -> new RecheckRun(
                        rs.getObject("id", UUID.class),
                        rs.getDate("checked_on").toLocalDate(),
                        rs.getString("trigger"),
                        rs.getLong("beneficiaries"),
                        rs.getLong("proposals"),
                        rs.getLong("expiring"),
                        rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null
                                ? null
                                : rs.getTimestamp("finished_at").toInstant()),
                runId);
    }
}
