package org.liangxiang.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.shared.crypto.PersonalData;
import org.liangxiang.shared.event.EventEnvelope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff TOTP second factor: enrolment (a new secret, PENDING until a code from the app confirms it) and the check
 * at sign-in. A code is accepted for the current time step or one step either side (clock drift), and only for a step
 * later than the last one accepted, so each code works once and an older one never again. The secret is sealed with
 * {@link PersonalData} (SM4-GCM bound to the table, column and account id).
 */
@Service
class SecondFactors {

    static final String TABLE = "staff_second_factor";
    static final String ISSUER = "Liangxiang";

    private final JdbcClient jdbc;
    private final PersonalData personalData;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final SecureRandom random = new SecureRandom();

    SecondFactors(JdbcClient jdbc, PersonalData personalData, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.personalData = personalData;
        this.audit = audit;
        this.events = events;
    }

    boolean isEnrolled(UUID accountId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff_second_factor WHERE account_id = ? AND status = 'ACTIVE')")
                .param(accountId)
                .query(Boolean.class)
                .single();
    }

    /** The pending secret of an enrolment under way, starting one (a new secret) if there is none. */
    @Transactional
    String pendingSecret(UUID accountId) {
        Optional<String> pending = secret(accountId, "PENDING");
        if (pending.isPresent()) {
            return pending.get();
        }
        String secret = Totp.newSecret(random);
        jdbc.sql("""
                INSERT INTO staff_second_factor (account_id, secret_sealed, status) VALUES (?, ?, 'PENDING')
                ON CONFLICT (account_id) DO NOTHING""")
                .params(accountId, personalData.seal(secret, TABLE, "secret", accountId))
                .update();
        return secret(accountId, "PENDING").orElseThrow(() -> new IllegalStateException("already enrolled"));
    }

    /** Confirms the pending enrolment with a code from the app; the code counts as used. */
    @Transactional
    boolean confirm(UUID accountId, String code, Instant now) {
        Optional<String> pending = secret(accountId, "PENDING");
        if (pending.isEmpty()) {
            return false;
        }
        Optional<Long> step = matchingStep(pending.get(), code, now, 0);
        if (step.isEmpty()) {
            return false;
        }
        jdbc.sql("""
                UPDATE staff_second_factor SET status = 'ACTIVE', last_used_step = ?, activated_at = now()
                 WHERE account_id = ? AND status = 'PENDING'""").params(step.get(), accountId).update();
        audit.record(AuditEntry.of("SECOND_FACTOR_ENROLLED", accountId.toString())
                .withObject("STAFF_ACCOUNT", accountId.toString())
                .withChange("PENDING", "ACTIVE"));
        events.publishEvent(
                changed(accountId, accountId.toString(), StaffAccountChanged.Change.SECOND_FACTOR_ENROLLED));
        return true;
    }

    /** Checks a sign-in code; a match marks its step used, so the same code (or an older one) is refused next time. */
    @Transactional
    boolean verify(UUID accountId, String code, Instant now) {
        Optional<FactorRow> row = active(accountId);
        if (row.isEmpty()) {
            return false;
        }
        Optional<Long> step =
                matchingStep(row.get().secret(), code, now, row.get().lastUsedStep());
        return step.isPresent()
                && jdbc.sql("""
                                UPDATE staff_second_factor SET last_used_step = ?
                                 WHERE account_id = ? AND status = 'ACTIVE' AND last_used_step < ?""").params(step.get(), accountId, step.get()).update() == 1;
    }

    /** Removes the account's second factor (the system administrator's act): it enrols again at its next sign-in. */
    @Transactional
    boolean reset(UUID accountId, SignedInStaff admin) {
        boolean removed = jdbc.sql("DELETE FROM staff_second_factor WHERE account_id = ?")
                        .param(accountId)
                        .update()
                > 0;
        if (removed) {
            audit.record(AuditEntry.of("SECOND_FACTOR_RESET", admin.accountId().toString())
                    .withActor(admin.role().name(), admin.jurisdiction())
                    .withObject("STAFF_ACCOUNT", accountId.toString())
                    .withChange("ENROLLED", "NONE"));
            events.publishEvent(
                    changed(accountId, admin.accountId().toString(), StaffAccountChanged.Change.SECOND_FACTOR_RESET));
        }
        return removed;
    }

    /** The new secret of a replacement under way (the staff member's own act), if any. */
    Optional<String> replacementSecret(UUID accountId) {
        return jdbc.sql("SELECT replacement_sealed FROM staff_second_factor"
                        + " WHERE account_id = ? AND status = 'ACTIVE' AND replacement_sealed IS NOT NULL")
                .param(accountId)
                .query(byte[].class)
                .optional()
                .map(ciphertext -> personalData.open(ciphertext, TABLE, "replacement", accountId));
    }

    /**
     * Starts replacing the active second factor once a current code proves the staff member holds it (the code counts
     * as used): a new secret waits beside the active one, which keeps working until the new one is confirmed.
     */
    @Transactional
    Optional<String> startReplacement(UUID accountId, String currentCode, Instant now) {
        if (!verify(accountId, currentCode, now)) {
            return Optional.empty();
        }
        String secret = Totp.newSecret(random);
        jdbc.sql("UPDATE staff_second_factor SET replacement_sealed = ? WHERE account_id = ? AND status = 'ACTIVE'")
                .params(personalData.seal(secret, TABLE, "replacement", accountId), accountId)
                .update();
        return Optional.of(secret);
    }

    /** Confirms the replacement with a code of the new secret: it becomes the active factor, the old one ends. */
    @Transactional
    boolean confirmReplacement(UUID accountId, String code, Instant now) {
        Optional<String> replacement = replacementSecret(accountId);
        Optional<FactorRow> row = active(accountId);
        if (replacement.isEmpty() || row.isEmpty()) {
            return false;
        }
        // no code of the new secret was ever accepted; the step stored stays the later of the two, so that no step
        // already used at sign-in is accepted again
        Optional<Long> step = matchingStep(replacement.get(), code, now, 0);
        if (step.isEmpty()) {
            return false;
        }
        jdbc.sql("""
                UPDATE staff_second_factor SET secret_sealed = ?, replacement_sealed = NULL,
                       last_used_step = GREATEST(last_used_step, ?), activated_at = now()
                 WHERE account_id = ? AND status = 'ACTIVE'""")
                .params(personalData.seal(replacement.get(), TABLE, "secret", accountId), step.get(), accountId)
                .update();
        audit.record(AuditEntry.of("SECOND_FACTOR_REPLACED", accountId.toString())
                .withObject("STAFF_ACCOUNT", accountId.toString())
                .withChange("ACTIVE", "REPLACED"));
        events.publishEvent(
                changed(accountId, accountId.toString(), StaffAccountChanged.Change.SECOND_FACTOR_REPLACED));
        return true;
    }

    /** Abandons a replacement under way; the active factor stays. */
    @Transactional
    void cancelReplacement(UUID accountId) {
        jdbc.sql("UPDATE staff_second_factor SET replacement_sealed = NULL WHERE account_id = ?")
                .param(accountId)
                .update();
    }

    /** The secret of an active second factor: for the demo profile's page of demo codes only. */
    Optional<String> activeSecret(UUID accountId) {
        return secret(accountId, "ACTIVE");
    }

    /** The {@code otpauth://} URI an authenticator app reads from the QR code. */
    static String otpauthUri(String username, String secret) {
        String label = encode(ISSUER + ":" + username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER) + "&algorithm=SHA1&digits="
                + Totp.DIGITS + "&period=" + Totp.PERIOD_SECONDS;
    }

    private static Optional<Long> matchingStep(String secret, String code, Instant now, long lastUsedStep) {
        if (code == null || !code.strip().matches("\\d{" + Totp.DIGITS + "}")) {
            return Optional.empty();
        }
        byte[] key = Base32.decode(secret);
        long current = Totp.step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > lastUsedStep && constantTimeEquals(Totp.code(key, step), code.strip())) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(
                a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }

    private Optional<String> secret(UUID accountId, String status) {
        return jdbc.sql("SELECT secret_sealed FROM staff_second_factor WHERE account_id = ? AND status = ?")
                .params(accountId, status)
                .query(byte[].class)
                .optional()
                .map(ciphertext -> personalData.open(ciphertext, TABLE, "secret", accountId));
    }

    private Optional<FactorRow> active(UUID accountId) {
        return jdbc.sql("SELECT secret_sealed, last_used_step FROM staff_second_factor"
                        + " WHERE account_id = ? AND status = 'ACTIVE'")
                .param(accountId)
                .query((rs, n) -> new FactorRow(
                        personalData.open(rs.getBytes("secret_sealed"), TABLE, "secret", accountId),
                        rs.getLong("last_used_step")))
                .optional();
    }

    private StaffAccountChanged changed(UUID accountId, String actor, StaffAccountChanged.Change change) {
        return new StaffAccountChanged(EventEnvelope.of(actor, "STAFF"), accountId, change, null, null);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private record FactorRow(String secret, long lastUsedStep) {}
}
