package org.liangxiang.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.intake.Applications;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.event.EventEnvelope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Proactive discovery (主动发现, docs/eligibility.md): outreach tasks on the township's list, set-based. Daily, each
 * newly issued certificate (issued within {@link #NEW_WINDOW_DAYS} days; listed once) whose holder receives nothing
 * and has not applied; monthly, every certificate holder whom the rules find qualifying for a subsidy (no rule fails,
 * certificate and the subsidy's core condition pass) but who neither receives it nor has applied for it, and has no
 * open task nor one closed in the last 12 months. Receiving comes from the {@link Beneficiaries} port; having applied
 * is intake's own read of open applications ({@link Applications#OPEN_APPLICATIONS}), exact as intake keeps it.
 */
@Service
public class Discovery {

    static final int NEW_WINDOW_DAYS = 30;

    private final Beneficiaries beneficiaries;
    private final SetBasedRules setBased;
    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    Discovery(
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

    /** Lists the newly issued certificates on their townships' lists; returns how many were listed now. */
    public long newCertificates(LocalDate on, String actorId) {
        return tx.execute(status -> {
            receiving(on);
            List<UUID> listed = named.queryForList(
                    """
                    INSERT INTO elig_outreach_task (id, kind, resident_index, resident_masked, certificate_fact_id,
                        subsidies, township_code)
                    SELECT gen_random_uuid(), 'NEW_CERTIFICATE', f.resident_index, f.resident_masked, f.id, '{}',
                           f.township_code
                      FROM elig_fact f
                     WHERE f.source = 'CERTIFICATE' AND f.certificate_status = 'VALID'
                       AND f.valid_from BETWEEN :since AND :on AND (f.valid_to IS NULL OR f.valid_to > :on)
                       AND f.valid_until >= :on
                       AND NOT EXISTS (SELECT 1 FROM elig_receiving r WHERE r.resident_index = f.resident_index)
                       AND NOT EXISTS (SELECT 1 FROM %s a WHERE a.resident_id_index = f.resident_index)
                    ON CONFLICT DO NOTHING
                    RETURNING id
                    """.formatted(Applications.OPEN_APPLICATIONS),
                    SetBasedRules.parameters(on).addValue("since", on.minusDays(NEW_WINDOW_DAYS)),
                    UUID.class);
            return record("DISCOVERY_NEW_CERTIFICATES", listed, on, actorId);
        });
    }

    /** Lists the people who appear to qualify but receive nothing; returns how many were listed now. */
    public long appearToQualify(LocalDate on, String actorId) {
        return tx.execute(status -> {
            receiving(on);
            setBased.begin();
            holders(on);
            setBased.resolvePolicies(on);
            setBased.materialise(on);
            List<UUID> listed = named.queryForList(
                    """
                    INSERT INTO elig_outreach_task (id, kind, resident_index, resident_masked, certificate_fact_id,
                        subsidies, township_code)
                    SELECT gen_random_uuid(), 'APPEARS_TO_QUALIFY', s.resident_index, h.resident_masked,
                           h.certificate_fact_id, q.subsidies, s.region_code
                      FROM elig_result r
                      JOIN elig_subject s ON s.subject_id = r.subject_id
                      JOIN elig_discovery_holder h ON h.subject_id = r.subject_id
                      CROSS JOIN LATERAL (SELECT array_remove(ARRAY[%s, %s], NULL) AS subsidies) q
                     WHERE cardinality(q.subsidies) > 0
                       AND NOT EXISTS (SELECT 1 FROM elig_outreach_task t
                                        WHERE t.resident_index = s.resident_index AND t.kind = 'APPEARS_TO_QUALIFY'
                                          AND (t.status = 'OPEN' OR t.closed_at > now() - interval '12 months'))
                    ON CONFLICT DO NOTHING
                    RETURNING id
                    """.formatted(qualifies(Subsidy.LIVING), qualifies(Subsidy.CARE)),
                    SetBasedRules.parameters(on),
                    UUID.class);
            return record("DISCOVERY_APPEAR_TO_QUALIFY", listed, on, actorId);
        });
    }

    /** The subsidy's name when the person qualifies, does not receive it and has no open application for it, else NULL. */
    static String qualifies(Subsidy subsidy) {
        List<String> conditions = new ArrayList<>();
        for (EligibilityRule rule : Rules.ALL) {
            if (rule.id().subsidies().contains(subsidy)) {
                conditions.add("coalesce(r." + SetBasedRules.column(rule.id(), subsidy) + ", '') NOT LIKE 'FAIL:%'");
            }
        }
        conditions.add("r." + SetBasedRules.column(RuleId.CERTIFICATE_VALID, subsidy) + " = 'PASS'");
        RuleId core =
                subsidy == Subsidy.LIVING ? RuleId.LIVING_NEEDS_QUALIFYING_STATUS : RuleId.CARE_NEEDS_SEVERE_DISABILITY;
        conditions.add("r." + SetBasedRules.column(core, subsidy) + " = 'PASS'");
        conditions.add("NOT EXISTS (SELECT 1 FROM elig_receiving x WHERE x.resident_index = s.resident_index"
                + " AND x.subsidy = '" + subsidy + "')");
        conditions.add("NOT EXISTS (SELECT 1 FROM " + Applications.OPEN_APPLICATIONS
                + " a WHERE a.resident_id_index = s.resident_index AND a.subsidy = '" + subsidy + "')");
        return "CASE WHEN " + String.join(" AND ", conditions) + " THEN '" + subsidy + "' END";
    }

    /** The current beneficiaries (from the port's set-based form) as a temporary table of blind index and subsidy. */
    private void receiving(LocalDate on) {
        jdbc.execute("CREATE TEMPORARY TABLE elig_receiving (resident_index BYTEA NOT NULL, subsidy TEXT NOT NULL)"
                + " ON COMMIT DROP");
        named.update(
                "INSERT INTO elig_receiving SELECT b.resident_index, b.subsidy FROM (%s) b"
                        .formatted(beneficiaries.currentSql()),
                SetBasedRules.parameters(on));
        jdbc.execute("CREATE INDEX ON elig_receiving (resident_index)");
        jdbc.execute("ANALYZE elig_receiving");
    }

    /** One subject per holder of a valid certificate (the latest issued), in the certificate's township. */
    private void holders(LocalDate on) {
        jdbc.execute("""
                CREATE TEMPORARY TABLE elig_discovery_holder (subject_id BIGINT PRIMARY KEY,
                    certificate_fact_id UUID NOT NULL, resident_masked TEXT NOT NULL) ON COMMIT DROP""");
        named.update("""
                INSERT INTO elig_discovery_holder
                SELECT row_number() OVER (ORDER BY c.id), c.id, c.resident_masked
                  FROM (SELECT DISTINCT ON (f.resident_index) f.id, f.resident_masked
                          FROM elig_fact f
                         WHERE f.source = 'CERTIFICATE' AND f.certificate_status = 'VALID' AND f.valid_from <= :on
                           AND (f.valid_to IS NULL OR f.valid_to > :on) AND f.valid_until >= :monthStart
                         ORDER BY f.resident_index, f.valid_from DESC, f.id) c
                """, SetBasedRules.parameters(on));
        jdbc.execute("""
                INSERT INTO elig_subject (subject_id, resident_index, region_code)
                SELECT h.subject_id, f.resident_index, f.township_code
                  FROM elig_discovery_holder h JOIN elig_fact f ON f.id = h.certificate_fact_id""");
    }

    private long record(String type, List<UUID> listed, LocalDate on, String actorId) {
        audit.recordBulk(
                AuditEntry.of(type, actorId)
                        .withChange(null, "{\"on\":\"" + on + "\",\"listed\":" + listed.size() + "}"),
                listed.size(),
                org.liangxiang.shared.crypto.Sm3.hash(listed.stream()
                        .sorted()
                        .map(UUID::toString)
                        .reduce("", String::concat)
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        events.publishEvent(new OutreachListed(EventEnvelope.of(actorId, "SYSTEM"), type, on, listed.size()));
        return listed.size();
    }
}
