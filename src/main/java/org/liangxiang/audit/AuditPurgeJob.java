package org.liangxiang.audit;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes audit records older than the retention, through the database function {@code audit_purge}: the runtime role
 * may only call it, and the function itself refuses a retention under six months, removes only sealed records covered
 * by a checkpoint, and leaves an anchor (and an {@code AUDIT_PURGED} record) so that verification stays sound.
 */
@Component
class AuditPurgeJob {

    private static final Logger log = LoggerFactory.getLogger(AuditPurgeJob.class);

    private final JdbcClient jdbc;
    private final AuditProperties properties;

    AuditPurgeJob(JdbcClient jdbc, AuditProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Scheduled(cron = "${liangxiang.audit.purge-cron:0 30 3 * * *}")
    @SchedulerLock(name = "audit-purge", lockAtMostFor = "PT2H")
    public void run() {
        long purged = purge();
        if (purged > 0) {
            log.info("Audit trail: purged {} records older than {}", purged, properties.retention());
        }
    }

    /** Purges what the retention allows; returns how many records went. */
    long purge() {
        return jdbc.sql("SELECT audit_purge(CAST(:retention AS interval))")
                .param("retention", properties.retentionInterval())
                .query(Long.class)
                .single();
    }
}
