package org.liangxiang.eligibility;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.crypto.Sm3;
import org.liangxiang.shared.event.EventEnvelope;
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
 * ({@link RecheckProposals}), and certificates expiring within 6 months are announced once each ({@link
 * CertificateExpiringSoon}). Re-running is safe: a pending proposal is not made twice, nor a notice.
 */
@Service
public class Rechecks {

    static final int BATCH = 5000;

    private final Beneficiaries beneficiaries;
    private final SetBasedRules setBased;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    Rechecks(
            Beneficiaries beneficiaries,
            SetBasedRules setBased,
            JdbcTemplate jdbc,
            AuditTrail audit,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.beneficiaries = beneficiaries;
        this.setBased = setBased;
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
        this.audit = audit;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
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
            long checked = stage(on);
            setBased.resolvePolicies(on);
            setBased.materialise(on);
            List<UUID> proposals = propose(runId, on);
            List<Expiring> expiring = noticeExpiring(runId, on);
            jdbc.update(
                    "UPDATE elig_recheck_run SET beneficiaries = ?, proposals = ?, expiring = ?, finished_at = now()"
                            + " WHERE id = ?",
                    checked,
                    proposals.size(),
                    expiring.size(),
                    runId);
            audit.recordBulk(
                    AuditEntry.of("RECHECK_RUN", actorId)
                            .withObject("RECHECK_RUN", runId.toString())
                            .withChange(
                                    null,
                                    "{\"beneficiaries\":%d,\"proposals\":%d,\"expiring\":%d}"
                                            .formatted(checked, proposals.size(), expiring.size())),
                    proposals.size(),
                    digest(proposals));
            for (Expiring e : expiring) {
                events.publishEvent(new CertificateExpiringSoon(
                        EventEnvelope.of(actorId, "SYSTEM"), e.certificateId(), e.townshipCode(), e.validUntil()));
            }
            events.publishEvent(new RecheckCompleted(
                    EventEnvelope.of(actorId, "SYSTEM"), runId, on, checked, proposals.size(), expiring.size()));
            return find(runId);
        });
    }

    private long stage(LocalDate on) {
        setBased.begin();
        jdbc.execute("""
                CREATE TEMPORARY TABLE elig_recheck_beneficiary (subject_id BIGINT PRIMARY KEY,
                    beneficiary_id TEXT NOT NULL, subsidy TEXT NOT NULL, township_code VARCHAR(9) NOT NULL,
                    resident_masked TEXT NOT NULL) ON COMMIT DROP""");
        List<Subject> subjects = new ArrayList<>(BATCH);
        List<Object[]> rows = new ArrayList<>(BATCH);
        long[] n = {0};
        beneficiaries.forEachCurrent(on, b -> {
            n[0]++;
            subjects.add(new Subject(n[0], b.residentIndex(), b.townshipCode()));
            rows.add(new Object[] {n[0], b.beneficiaryId(), b.subsidy().name(), b.townshipCode(), b.residentMasked()});
            if (subjects.size() == BATCH) {
                flush(subjects, rows);
            }
        });
        flush(subjects, rows);
        jdbc.execute("ANALYZE elig_recheck_beneficiary");
        return n[0];
    }

    private void flush(List<Subject> subjects, List<Object[]> rows) {
        setBased.add(subjects);
        jdbc.batchUpdate("INSERT INTO elig_recheck_beneficiary VALUES (?, ?, ?, ?, ?)", rows);
        subjects.clear();
        rows.clear();
    }

    /** One statement: every failing rule of every beneficiary that maps to a proposal kind. */
    private List<UUID> propose(UUID runId, LocalDate on) {
        return named.queryForList(
                """
                INSERT INTO elig_proposal (id, run_id, beneficiary_id, resident_index, resident_masked, subsidy, kind,
                    reason, effective_month, township_code)
                SELECT gen_random_uuid(), :run, b.beneficiary_id, s.resident_index, b.resident_masked, b.subsidy,
                       k.kind, k.reason, k.effective_month, b.township_code
                  FROM elig_result r
                  JOIN elig_recheck_beneficiary b ON b.subject_id = r.subject_id
                  JOIN elig_subject s ON s.subject_id = r.subject_id
                  CROSS JOIN LATERAL (VALUES %s) AS k (kind, reason, hit, effective_month)
                 WHERE k.hit
                ON CONFLICT DO NOTHING
                RETURNING id
                """.formatted(kinds()), SetBasedRules.parameters(on).addValue("run", runId), UUID.class);
    }

    /** The VALUES rows: per kind, whether the beneficiary's subsidy column fails with its reason, and from when. */
    static String kinds() {
        List<String> rows = new ArrayList<>();
        for (ProposalKind kind : ProposalKind.values()) {
            String column = "CASE b.subsidy WHEN 'LIVING' THEN "
                    + (kind.rule().subsidies().contains(Subsidy.LIVING)
                            ? "r." + SetBasedRules.column(kind.rule(), Subsidy.LIVING)
                            : "NULL")
                    + " ELSE "
                    + (kind.rule().subsidies().contains(Subsidy.CARE)
                            ? "r." + SetBasedRules.column(kind.rule(), Subsidy.CARE)
                            : "NULL")
                    + " END";
            String hit = "(" + column + " IS NOT DISTINCT FROM 'FAIL:" + kind.reason() + "'"
                    + kind.only().map(s -> " AND b.subsidy = '" + s + "'").orElse("") + ")";
            rows.add("('" + kind + "', '" + kind.reason() + "', " + hit + ", " + effectiveMonth(kind) + ")");
        }
        return String.join(",\n ", rows);
    }

    private static String effectiveMonth(ProposalKind kind) {
        String next = "CAST(date_trunc('month', CAST(%s AS date)) + interval '1 month' AS date)";
        return switch (kind) {
            case STOP_DECEASED ->
                next.formatted("(SELECT min(f.valid_from) FROM elig_fact f"
                        + " WHERE f.resident_index = s.resident_index AND f.source = 'DEATH')");
            case STOP_CERTIFICATE_EXPIRED ->
                next.formatted("(SELECT max(f.valid_until) FROM elig_fact f"
                        + " WHERE f.resident_index = s.resident_index AND f.source = 'CERTIFICATE'"
                        + " AND f.certificate_status = 'VALID' AND f.valid_from <= :on"
                        + " AND (f.valid_to IS NULL OR f.valid_to > :on))");
            case FLAG_PAID_ELSEWHERE -> "CAST(NULL AS date)";
            default -> next.formatted(":on");
        };
    }

    record Expiring(UUID certificateId, String townshipCode, LocalDate validUntil) {}

    private List<Expiring> noticeExpiring(UUID runId, LocalDate on) {
        MapSqlParameterSource parameters =
                SetBasedRules.parameters(on).addValue("run", runId).addValue("horizon", on.plusMonths(6));
        return named.query(
                """
                INSERT INTO elig_expiry_notice (certificate_fact_id, valid_until, township_code, run_id)
                SELECT DISTINCT f.id, f.valid_until, f.township_code, :run
                  FROM elig_subject s
                  JOIN elig_fact f ON f.resident_index = s.resident_index AND f.source = 'CERTIFICATE'
                 WHERE f.certificate_status = 'VALID' AND f.valid_from <= :on
                   AND (f.valid_to IS NULL OR f.valid_to > :on)
                   AND f.valid_until >= :monthStart AND f.valid_until <= :horizon
                ON CONFLICT DO NOTHING
                RETURNING certificate_fact_id, township_code, valid_until
                """,
                parameters,
                (rs, i) -> new Expiring(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getDate(3).toLocalDate()));
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
