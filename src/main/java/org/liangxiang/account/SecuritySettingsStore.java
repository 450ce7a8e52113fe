package org.liangxiang.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.event.EventEnvelope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versioned security settings: the sign-in code reads {@link #current()} on every attempt, so a change applies from
 * its effective date without a restart. A change is a new version, audited with the values before and after.
 */
@Service
public class SecuritySettingsStore {

    private static final String COLUMNS = "version, lockout_threshold, lockout_minutes, idle_timeout_minutes,"
            + " password_min_length, effective_from, set_by, reason";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    SecuritySettingsStore(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /** The settings in force now. */
    public SecuritySettings current() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM security_settings WHERE effective_from <= now()"
                        + " ORDER BY effective_from DESC, version DESC LIMIT 1")
                .query(SecuritySettingsStore::row)
                .single();
    }

    /** Every version, newest first (including those not yet in force). */
    public List<SecuritySettings> history() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM security_settings ORDER BY effective_from DESC, version DESC")
                .query(SecuritySettingsStore::row)
                .list();
    }

    /** Records a new version, in force from the start of its effective day (Beijing time) or now if that is today. */
    @Transactional
    SecuritySettings change(SecuritySettingsForm form, SignedInStaff admin) {
        SecuritySettingsForm.Checked in = form.check();
        SecuritySettings before = current();
        Instant from = in.effectiveFrom() == null || !in.effectiveFrom().isAfter(ChinaTime.today())
                ? Instant.now()
                : in.effectiveFrom().atStartOfDay(ChinaTime.ZONE).toInstant();
        long version = jdbc.sql("""
                INSERT INTO security_settings (lockout_threshold, lockout_minutes, idle_timeout_minutes,
                                               password_min_length, effective_from, set_by, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING version""")
                .params(
                        in.lockoutThreshold(),
                        in.lockoutMinutes(),
                        in.idleTimeoutMinutes(),
                        in.passwordMinLength(),
                        OffsetDateTime.ofInstant(from, ChinaTime.ZONE),
                        admin.accountId().toString(),
                        in.reason())
                .query(Long.class)
                .single();
        SecuritySettings after = history().stream()
                .filter(s -> s.version() == version)
                .findFirst()
                .orElseThrow();
        audit.record(
                AuditEntry.of("SECURITY_SETTINGS_CHANGED", admin.accountId().toString())
                        .withActor(admin.role().name(), admin.jurisdiction())
                        .withObject("SECURITY_SETTINGS", Long.toString(version))
                        .withChange(summary(before), summary(after) + ";from=" + from)
                        .withReason(in.reason()));
        events.publishEvent(
                new SecuritySettingsChanged(EventEnvelope.of(admin.accountId().toString(), "STAFF"), version, from));
        return after;
    }

    private static String summary(SecuritySettings s) {
        return "lockout=" + s.lockoutThreshold() + "x" + s.lockoutMinutes() + "min;idle=" + s.idleTimeoutMinutes()
                + "min;passwordMin=" + s.passwordMinLength();
    }

    private static SecuritySettings row(ResultSet rs, int n) throws SQLException {
        return new SecuritySettings(
                rs.getLong("version"),
                rs.getInt("lockout_threshold"),
                rs.getInt("lockout_minutes"),
                rs.getInt("idle_timeout_minutes"),
                rs.getInt("password_min_length"),
                rs.getObject("effective_from", OffsetDateTime.class).toInstant(),
                rs.getString("set_by"),
                rs.getString("reason"));
    }
}
