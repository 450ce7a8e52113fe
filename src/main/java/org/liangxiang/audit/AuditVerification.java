package org.liangxiang.audit;

import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.liangxiang.audit.AuditVerificationResult.Kind;
import org.liangxiang.audit.AuditVerificationResult.Problem;
import org.liangxiang.shared.crypto.KeyService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the audit trail: recomputes the SM3 chain over the records, checks that every sealed record is present and in
 * its place, and that every checkpoint is signed by the system's key and names a head the chain reaches. Reads one
 * consistent snapshot and streams the records, so it can run beside the application on any size of trail.
 */
@Service
public class AuditVerification {

    private static final String CHAIN = "SELECT " + StoredRecord.COLUMNS + """
            , s.seq AS seal_seq, s.prev_seq, s.record_id, s.hash
              FROM (SELECT * FROM audit_record WHERE seq > :start) r
              FULL JOIN (SELECT * FROM audit_seal WHERE seq > :start) s ON s.seq = r.seq
             ORDER BY coalesce(r.seq, s.seq)
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate snapshot;
    private final KeyService keys;
    private final AuditProperties properties;

    AuditVerification(
            DataSource dataSource,
            PlatformTransactionManager transactions,
            KeyService keys,
            AuditProperties properties) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(1000);
        this.jdbc = JdbcClient.create(streaming);
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        snapshot.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.keys = keys;
        this.properties = properties;
    }

    /** Checks the whole trail that retention has kept. */
    public AuditVerificationResult verify() {
        return verifyFrom(0);
    }

    /**
     * Checks the trail from record {@code fromSeq} on, trusting the seal just before it (or the purge anchor): to check
     * a recent range quickly, or what one has just written.
     */
    public AuditVerificationResult verifyFrom(long fromSeq) {
        return snapshot.execute(status -> check(fromSeq));
    }

    private AuditVerificationResult check(long fromSeq) {
        ChainHead anchor = ChainHead.anchorOrGenesis(jdbc);
        ChainHead start = jdbc.sql("SELECT seq, hash FROM audit_seal WHERE seq > :anchor AND seq < :from"
                        + " ORDER BY seq DESC LIMIT 1")
                .param("anchor", anchor.seq())
                .param("from", fromSeq)
                .query((rs, n) -> new ChainHead(rs.getLong(1), rs.getBytes(2)))
                .optional()
                .orElse(anchor);
        AuditCheckpoint last = jdbc.sql(CheckpointRow.SELECT + " ORDER BY up_to_seq DESC LIMIT 1")
                .query((rs, n) -> CheckpointRow.of(rs).view())
                .optional()
                .orElse(null);
        if (start.seq() == anchor.seq() && anchor.seq() > 0) {
            OptionalLong below = recordAtOrBefore(anchor.seq());
            if (below.isPresent()) {
                Problem problem =
                        new Problem(below.getAsLong(), Kind.INSERTED, "a record below the retention purge's boundary");
                return new AuditVerificationResult(false, 0, 0, anchor.seq(), anchor.seq(), last, problem);
            }
        }
        ChainCheck check = new ChainCheck(
                start.seq(),
                start.hash(),
                checkpointsFrom(start.seq()),
                jdbc.sql("SELECT coalesce(max(seq), 0) FROM audit_seal")
                        .query(Long.class)
                        .single(),
                checkpoint -> keys.verify(checkpoint.message(), checkpoint.signature()),
                this::sealedSeqOf,
                properties.clockTolerance());
        try (Stream<Object[]> rows = jdbc
                .sql(CHAIN)
                .param("start", start.seq())
                .query((rs, n) -> new Object[] {
                    rs.getObject("id") == null ? null : StoredRecord.of(rs),
                    rs.getObject("seal_seq") == null
                            ? null
                            : new SealRow(
                                    rs.getLong("seal_seq"),
                                    rs.getLong("prev_seq"),
                                    rs.getObject("record_id", UUID.class),
                                    rs.getBytes("hash"))
                })
                .stream()) {
            var iterator = rows.iterator();
            while (iterator.hasNext()) {
                Object[] row = iterator.next();
                if (!check.accept((StoredRecord) row[0], (SealRow) row[1])) {
                    break;
                }
            }
        }
        return check.finish(last);
    }

    private List<CheckpointRow> checkpointsFrom(long seq) {
        return jdbc.sql(CheckpointRow.SELECT + " WHERE up_to_seq >= :seq ORDER BY up_to_seq")
                .param("seq", seq)
                .query((rs, n) -> CheckpointRow.of(rs))
                .list();
    }

    private OptionalLong recordAtOrBefore(long seq) {
        return jdbc.sql("SELECT seq FROM audit_record WHERE seq <= :seq ORDER BY seq LIMIT 1")
                .param("seq", seq)
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }

    private OptionalLong sealedSeqOf(UUID recordId) {
        return jdbc.sql("SELECT seq FROM audit_seal WHERE record_id = :id")
                .param("id", recordId)
                .query(Long.class)
                .optional()
                .map(OptionalLong::of)
                .orElse(OptionalLong.empty());
    }
}
