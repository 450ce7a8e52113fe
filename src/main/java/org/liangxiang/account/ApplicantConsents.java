package org.liangxiang.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.shared.event.EventEnvelope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Separate, explicit consent to processing sensitive personal information (个人信息保护法 arts. 28-29: disability,
 * assistance status, bank data) before the first application. Each giving and withdrawal is kept with its time and
 * the version of the text shown ({@link #TEXT_VERSION}); the latest one counts. When the text changes in substance,
 * the version changes and everyone is asked again. The application journey asks {@link #hasConsented} first.
 */
@Service
public class ApplicantConsents {

    /** The version of the consent text in messages/account*.properties ({@code account.consent.*}). */
    public static final String TEXT_VERSION = "sensitive-data-2026-11";

    /** The latest act: given or withdrawn, which text version, when. */
    public record Consent(boolean given, String textVersion, Instant at) {

        /** Given, to the text now in force. */
        public boolean current() {
            return given && TEXT_VERSION.equals(textVersion);
        }
    }

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ApplicantConsents(JdbcClient jdbc, AuditTrail audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /** Whether the account has consented to the current text and not withdrawn since. */
    public boolean hasConsented(UUID accountId) {
        return latest(accountId).map(Consent::current).orElse(false);
    }

    /** The account's latest act, if it ever gave consent. */
    public Optional<Consent> latest(UUID accountId) {
        return jdbc.sql("""
                SELECT action, text_version, occurred_at FROM account_sensitive_data_consent
                 WHERE account_id = ? ORDER BY seq DESC LIMIT 1""")
                .param(accountId)
                .query((rs, n) -> new Consent(
                        "GIVEN".equals(rs.getString(1)),
                        rs.getString(2),
                        rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional();
    }

    /** Records consent to the current text; audited and announced. Giving it again while given changes nothing. */
    @Transactional
    public void give(UUID accountId, String channel, String address) {
        if (hasConsented(accountId)) {
            return;
        }
        store(accountId, "GIVEN", channel, address);
        events.publishEvent(new SensitiveDataConsentGiven(
                EventEnvelope.of(accountId.toString(), channel), accountId, TEXT_VERSION));
    }

    /**
     * Records the withdrawal; audited and announced. What was lawfully done before stays lawful; applications in
     * progress need the consent, so the journey asks for it again before going on.
     */
    @Transactional
    public void withdraw(UUID accountId, String channel, String address) {
        if (latest(accountId).filter(Consent::given).isEmpty()) {
            return;
        }
        store(accountId, "WITHDRAWN", channel, address);
        events.publishEvent(new SensitiveDataConsentWithdrawn(
                EventEnvelope.of(accountId.toString(), channel), accountId, TEXT_VERSION));
    }

    private void store(UUID accountId, String action, String channel, String address) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO account_sensitive_data_consent (id, account_id, action, text_version)
                VALUES (?, ?, ?, ?)""").params(id, accountId, action, TEXT_VERSION).update();
        audit.record(AuditEntry.of("SENSITIVE_DATA_CONSENT_" + action, accountId.toString())
                .withObject("SENSITIVE_DATA_CONSENT", id.toString())
                .withChange(null, action + "@" + TEXT_VERSION)
                .withReason(channel)
                .from(address));
    }
}
