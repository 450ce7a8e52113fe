package org.liangxiang.account;

import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.shared.event.EventEnvelope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Locks a staff account after too many failed sign-ins in a row (a wrong password or a wrong second-factor code): the
 * threshold and the duration come from the security settings in force. The count starts again after a complete
 * sign-in and when a lock is imposed; the lock ends by itself, or earlier when the system administrator lifts it.
 */
@Component
class SignInLockout {

    private final JdbcClient jdbc;
    private final SecuritySettingsStore settings;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;

    SignInLockout(
            JdbcClient jdbc,
            SecuritySettingsStore settings,
            AuditTrail audit,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.audit = audit;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** When the account's lock ends, if it is locked now. */
    Optional<OffsetDateTime> lockedUntil(UUID accountId) {
        return jdbc.sql("SELECT locked_until FROM staff_account WHERE id = ? AND locked_until > now()")
                .param(accountId)
                .query(OffsetDateTime.class)
                .optional();
    }

    /** Counts a failure (in a transaction of its own, as refused requests are); the last one allowed locks. */
    void failed(UUID accountId, String sourceAddress) {
        ownTransaction.executeWithoutResult(tx -> {
            SecuritySettings in = settings.current();
            Integer failures = jdbc.sql("""
                    UPDATE staff_account SET failed_attempts = failed_attempts + 1
                     WHERE id = ? AND (locked_until IS NULL OR locked_until <= now())
                    RETURNING failed_attempts""")
                    .param(accountId)
                    .query(Integer.class)
                    .optional()
                    .orElse(0);
            if (failures >= in.lockoutThreshold()) {
                lock(accountId, in, sourceAddress);
            }
        });
    }

    private void lock(UUID accountId, SecuritySettings in, String sourceAddress) {
        jdbc.sql("""
                UPDATE staff_account SET failed_attempts = 0, updated_at = now(),
                       locked_until = now() + make_interval(mins => ?) WHERE id = ?""").params(in.lockoutMinutes(), accountId).update();
        audit.record(AuditEntry.of("STAFF_ACCOUNT_LOCKED", "system")
                .withObject("STAFF_ACCOUNT", accountId.toString())
                .withChange("ACTIVE", "LOCKED")
                .withReason(in.lockoutThreshold() + " failed sign-ins; locked " + in.lockoutMinutes() + " min")
                .from(sourceAddress));
        events.publishEvent(new StaffAccountChanged(
                EventEnvelope.of("system", "STAFF"), accountId, StaffAccountChanged.Change.LOCKED, null, null));
    }

    /** A complete sign-in: the count starts again. */
    void succeeded(UUID accountId) {
        jdbc.sql("UPDATE staff_account SET failed_attempts = 0 WHERE id = ? AND failed_attempts > 0")
                .param(accountId)
                .update();
    }

    /** The system administrator lifts a lock before it ends; audited. Returns false when the account was not locked. */
    boolean unlock(UUID accountId, SignedInStaff admin) {
        Boolean lifted = ownTransaction.execute(tx -> {
            int updated = jdbc.sql("""
                    UPDATE staff_account SET locked_until = NULL, failed_attempts = 0, updated_at = now()
                     WHERE id = ? AND locked_until > now()""").param(accountId).update();
            if (updated == 1) {
                audit.record(AuditEntry.of(
                                "STAFF_ACCOUNT_UNLOCKED", admin.accountId().toString())
                        .withActor(admin.role().name(), admin.jurisdiction())
                        .withObject("STAFF_ACCOUNT", accountId.toString())
                        .withChange("LOCKED", "ACTIVE"));
                events.publishEvent(new StaffAccountChanged(
                        EventEnvelope.of(admin.accountId().toString(), "STAFF"),
                        accountId,
                        StaffAccountChanged.Change.UNLOCKED,
                        null,
                        null));
            }
            return updated == 1;
        });
        return Boolean.TRUE.equals(lifted);
    }
}
