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
            long checked = stage(on);
            long staged = System.nanoTime();
            setBased.resolvePolicies(on);
            long resolved = System.nanoTime();
            List<UUID> proposals = propose(runId, on);
            long proposed = System.nanoTime();
            long expiring = noticeExpiring(runId);
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
     * The port's beneficiaries into the subjects table and {@code elig_recheck_beneficiary}, in one statement straight
     * from the port's SQL (both tables are appended to without indexes; the indexes come after).
     */
    private long stage(LocalDate on) {
        setBased.begin();
        jdbc.execute("""
                CREATE TEMPORARY TABLE elig_recheck_beneficiary (subject_id BIGINT NOT NULL,
                    beneficiary_id TEXT NOT NULL, resident_index BYTEA NOT NULL, subsidy TEXT NOT NULL,
                    township_code VARCHAR(9) NOT NULL, resident_masked TEXT NOT NULL) ON COMMIT DROP""");
        long n = named.update("""
                WITH port_rows AS (SELECT row_number() OVER () AS subject_id, b.* FROM (%s) b),
                     subjects AS (INSERT INTO elig_subject (subject_id, resident_index, region_code)
                                  SELECT subject_id, resident_index, township_code FROM port_rows)
                INSERT INTO elig_recheck_beneficiary
                SELECT subject_id, beneficiary_id, resident_index, subsidy, township_code, resident_masked
                  FROM port_rows
                """.formatted(beneficiaries.currentSql()), SetBasedRules.parameters(on));
        jdbc.execute("ALTER TABLE elig_recheck_beneficiary ADD PRIMARY KEY (subject_id)");
        jdbc.execute("ANALYZE elig_recheck_beneficiary");
        return n;
    }

    /** The rules the proposals come from, in rule order: the only ones a re-check evaluates. */
    static final List<EligibilityRule> PROPOSING = Rules.ALL.stream()
            .filter(rule -> Arrays.stream(ProposalKind.values()).anyMatch(k -> k.rule() == rule.id()))
            .toList();

    /**
     * One pass over the facts: the subjects with their policy and facts (of the proposing rules' sources only) grouped
     * per subject into one narrow row ({@link #grouped}) of hits, per proposal kind and subsidy (the kind's rule
     * failing with the kind's reason), the dates the effective months come from and the ids of the certificates
     * expiring within 6 months; only the subjects with a hit or such a certificate are kept, in {@code
     * elig_recheck_hit}. Then joined to the beneficiaries (their own columns stay out of the grouping), each hit for
     * the beneficiary's own subsidy inserted as a proposal.
     */
    private List<UUID> propose(UUID runId, LocalDate on) {
        jdbc.execute("CREATE TEMPORARY TABLE elig_recheck_hit (" + grouped() + ") ON COMMIT DROP");
        String passSql = """
                INSERT INTO elig_recheck_hit
                SELECT * FROM (%s) r
                 WHERE %s OR r.expiring IS NOT NULL
                """.formatted(
                SetBasedRules.grouped(String.join(",\n ", hits(), monthFacts(), expiring()), PROPOSING), anyHit());
        MapSqlParameterSource passParams = SetBasedRules.parameters(on).addValue("horizon", on.plusMonths(6));
        if (explain) {
            log.info(
                    "Re-check {}: the grouped pass's plan:\n{}",
                    runId,
                    String.join(
                            "\n",
                            named.queryForList(
                                    "EXPLAIN (ANALYZE, BUFFERS) " + passSql.replace("INSERT INTO elig_recheck_hit", ""),
                                    passParams,
                                    String.class)));
        }
        named.update(passSql, passParams);
        jdbc.execute("ANALYZE elig_recheck_hit");
        return named.queryForList(
                """
                INSERT INTO elig_proposal (id, run_id, beneficiary_id, resident_index, resident_masked, subsidy, kind,
                    reason, effective_month, township_code)
                SELECT gen_random_uuid(), :run, b.beneficiary_id, b.resident_index, b.resident_masked, b.subsidy,
                       k.kind, k.reason, %s, b.township_code
                  FROM elig_recheck_hit r
                  JOIN elig_recheck_beneficiary b ON b.subject_id = r.subject_id
                  CROSS JOIN LATERAL (VALUES %s) AS k (kind, reason, hit)
                 WHERE k.hit
                ON CONFLICT DO NOTHING
                RETURNING id
                """.formatted(effectiveMonth(), kinds()),
                SetBasedRules.parameters(on).addValue("run", runId),
                UUID.class);
    }

    /** The columns of {@code elig_recheck_hit}. */
    static String grouped() {
        List<String> columns = new ArrayList<>(List.of("subject_id BIGINT NOT NULL"));
        for (ProposalKind kind : ProposalKind.values()) {
            for (Subsidy subsidy : subsidies(kind)) {
                columns.add(hit(kind, subsidy) + " BOOLEAN NOT NULL");
            }
        }
        columns.addAll(List.of(
                "died_on DATE",
                "expired_on DATE",
                "expiring UUID[]",
                "expiring_until DATE[]",
                "expiring_township VARCHAR(9)[]"));
        return String.join(", ", columns);
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

    /**
     * The grouped ids, expiry dates and townships of the subject's valid certificates expiring between the month's
     * start and the horizon (three arrays in step: the notices need no second read of the facts).
     */
    static String expiring() {
        String condition = FactSql.of(ReferenceSource.CERTIFICATE) + " AND f.certificate_status = 'VALID' AND "
                + FactSql.HELD + " AND f.valid_until >= :monthStart AND f.valid_until <= :horizon";
        return FactSql.over("array_agg(f.id)", condition) + " AS expiring, "
                + FactSql.over("array_agg(f.valid_until)", condition) + " AS expiring_until, "
                + FactSql.over("array_agg(f.township_code)", condition) + " AS expiring_township";
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

    /** The certificates the grouped pass found expiring within 6 months, noticed once each: how many are new. */
    private long noticeExpiring(UUID runId) {
        return named.update("""
                INSERT INTO elig_expiry_notice (certificate_fact_id, valid_until, township_code, run_id)
                SELECT DISTINCT e.id, e.valid_until, e.township_code, CAST(:run AS uuid)
                  FROM elig_recheck_hit r
                  CROSS JOIN LATERAL unnest(r.expiring, r.expiring_until, r.expiring_township)
                                     AS e (id, valid_until, township_code)
                 WHERE r.expiring IS NOT NULL
                ON CONFLICT DO NOTHING
                """, new MapSqlParameterSource("run", runId));
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
