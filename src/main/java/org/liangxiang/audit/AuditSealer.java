package org.liangxiang.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.liangxiang.shared.crypto.KeyService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sealing job: links every settled record into the SM3 chain, in seq order, and now and then signs the chain head
 * into a checkpoint. Safe to run on several nodes at once and to re-run: each batch takes a transaction-scoped advisory
 * lock, starts from the last seal, and a seal or checkpoint is never written twice (primary keys).
 *
 * <p>Which records are settled (docs/audit.md, "Sealing"): the job reads the highest number the sequence has handed out,
 * then takes a transaction id of its own. Every transaction holding a number up to that horizon took its transaction id
 * before its number (the default of {@code audit_record.seq}), so it is older than ours; once no transaction older than
 * ours is running, every number up to the horizon is either committed and visible or gone for good (rolled back). Those
 * gaps are never sealed, and a record showing up in one later was not written by the application.
 */
@Component
class AuditSealer {

    /** The advisory lock key that sealing, checkpoints and the purge function share. */
    static final long LOCK_KEY = 7305040153418106689L;

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final TransactionTemplate tx;
    private final KeyService keys;
    private final AuditProperties properties;

    AuditSealer(
            JdbcClient jdbc,
            JdbcTemplate jdbcTemplate,
            PlatformTransactionManager transactions,
            KeyService keys,
            AuditProperties properties) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.tx = new TransactionTemplate(transactions);
        this.keys = keys;
        this.properties = properties;
    }

    @Scheduled(
            fixedDelayString = "${liangxiang.audit.seal-interval:1m}",
            initialDelayString = "${liangxiang.audit.seal-interval:1m}")
    @SchedulerLock(name = "audit-seal", lockAtMostFor = "PT30M")
    public void run() {
        long sealed = sealNow();
        if (sealed > 0) {
            log.info("Audit trail: sealed {} records", sealed);
        }
        if (checkpointDue()) {
            checkpointNow();
        }
    }

    /** Seals every settled record; returns how many. Must run outside any transaction. */
    long sealNow() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("Audit sealing must run outside a transaction: it waits for them to end");
        }
        OptionalLong horizon = settledHorizon();
        if (horizon.isEmpty()) {
            return 0;
        }
        long total = 0;
        int batch;
        do {
            batch = tx.execute(status -> sealBatch(horizon.getAsLong()));
            total += batch;
        } while (batch == properties.sealBatchSize());
        return total;
    }

    private OptionalLong settledHorizon() {
        long horizon = jdbc.sql("SELECT CASE WHEN is_called THEN last_value ELSE 0 END FROM audit_record_seq")
                .query(Long.class)
                .single();
        String marker = jdbc.sql("SELECT pg_current_xact_id()::text")
                .query(String.class)
                .single();
        Instant deadline = Instant.now().plus(properties.settleTimeout());
        while (!olderTransactionsEnded(marker)) {
            if (Instant.now().isAfter(deadline)) {
                log.info(
                        "Audit trail: records up to seq {} not sealed yet, transactions older than {} still running",
                        horizon,
                        marker);
                return OptionalLong.empty();
            }
            pause();
        }
        return OptionalLong.of(horizon);
    }

    private boolean olderTransactionsEnded(String marker) {
        return Boolean.TRUE.equals(
                jdbc.sql("SELECT pg_snapshot_xmin(pg_current_snapshot()) > CAST(CAST(:marker AS text) AS xid8)")
                        .param("marker", marker)
                        .query(Boolean.class)
                        .single());
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to seal the audit trail", e);
        }
    }

    private int sealBatch(long horizon) {
        lock();
        ChainHead head = ChainHead.current(jdbc);
        List<StoredRecord> records = jdbc.sql("SELECT " + StoredRecord.COLUMNS
                        + " FROM audit_record r WHERE r.seq > :after AND r.seq <= :horizon ORDER BY r.seq LIMIT :n")
                .param("after", head.seq())
                .param("horizon", horizon)
                .param("n", properties.sealBatchSize())
                .query((rs, n) -> StoredRecord.of(rs))
                .list();
        List<Object[]> seals = new ArrayList<>(records.size());
        long prevSeq = head.seq();
        byte[] prevHash = head.hash();
        for (StoredRecord record : records) {
            byte[] hash = ChainFormat.link(prevHash, record);
            seals.add(new Object[] {record.seq(), prevSeq, record.id(), hash});
            prevSeq = record.seq();
            prevHash = hash;
        }
        jdbcTemplate.batchUpdate("INSERT INTO audit_seal (seq, prev_seq, record_id, hash) VALUES (?, ?, ?, ?)", seals);
        return records.size();
    }

    private boolean checkpointDue() {
        return Boolean.TRUE.equals(jdbc.sql("""
                        SELECT NOT EXISTS (SELECT 1 FROM audit_checkpoint
                                            WHERE created_at > clock_timestamp() - make_interval(secs => :seconds))
                        """)
                .param("seconds", (double) properties.checkpointInterval().toSeconds())
                .query(Boolean.class)
                .single());
    }

    /**
     * Signs the chain head into a checkpoint, unless one already covers it; returns the checkpoint at the head, or
     * null when nothing has been sealed yet.
     */
    AuditCheckpoint checkpointNow() {
        return tx.execute(status -> {
            lock();
            ChainHead head = ChainHead.current(jdbc);
            if (head.seq() == 0) {
                return null;
            }
            List<AuditCheckpoint> existing = jdbc.sql(CheckpointRow.SELECT + " WHERE up_to_seq = :seq")
                    .param("seq", head.seq())
                    .query((rs, n) -> CheckpointRow.of(rs).view())
                    .list();
            if (!existing.isEmpty()) {
                return existing.get(0);
            }
            Instant createdAt = jdbc.sql("SELECT clock_timestamp()")
                    .query(OffsetDateTime.class)
                    .single()
                    .toInstant();
            byte[] signature = keys.sign(ChainFormat.checkpointMessage(head.seq(), head.hash(), createdAt));
            jdbc.sql("""
                            INSERT INTO audit_checkpoint (up_to_seq, head_hash, created_at, signature, verification_key)
                            VALUES (:seq, :hash, :createdAt, :signature, :key)
                            """)
                    .param("seq", head.seq())
                    .param("hash", head.hash())
                    .param("createdAt", OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
                    .param("signature", signature)
                    .param("key", verificationKey())
                    .update();
            return new AuditCheckpoint(head.seq(), ChainFormat.hex(head.hash()), createdAt, verificationKey());
        });
    }

    private void lock() {
        jdbc.sql("SELECT true FROM pg_advisory_xact_lock(:key)")
                .param("key", LOCK_KEY)
                .query(Boolean.class)
                .single();
    }

    private String verificationKey() {
        return keys.verificationKeyHex();
    }
}
