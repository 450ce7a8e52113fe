package org.liangxiang.account;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed password sign-ins per number (by its blind index) and per network address over a sliding window, and
 * refuses a try while either has reached its limit, saying when the next try is allowed: when the oldest failure
 * that keeps the count at the limit leaves the window. A successful sign-in clears the number's count.
 */
@Component
class PasswordSignInLimits {

    static final String NUMBER_LIMIT = "SIGN_IN_PASSWORD_NUMBER_LIMIT";
    static final String ADDRESS_LIMIT = "SIGN_IN_PASSWORD_ADDRESS_LIMIT";

    private final JdbcClient jdbc;
    private final PersonalData personalData;
    private final PasswordSignInProperties settings;

    PasswordSignInLimits(JdbcClient jdbc, PersonalData personalData, PasswordSignInProperties settings) {
        this.jdbc = jdbc;
        this.personalData = personalData;
        this.settings = settings;
    }

    /** Refuses ({@link PasswordSignInRefused}) when the number or the address has reached its limit. */
    void check(String typed, String address) {
        Instant now = Instant.now();
        Optional<Instant> number = retryAt("phone_index", phone(typed), settings.maxFailuresPerNumber(), now);
        if (number.isPresent()) {
            throw new PasswordSignInRefused(NUMBER_LIMIT, number.get());
        }
        if (address != null) {
            retryAt("source_address", address, settings.maxFailuresPerAddress(), now)
                    .ifPresent(at -> {
                        throw new PasswordSignInRefused(ADDRESS_LIMIT, at);
                    });
        }
    }

    void failed(String typed, String address) {
        jdbc.sql("INSERT INTO account_password_failure (id, phone_index, source_address) VALUES (?, ?, ?)")
                .params(UUID.randomUUID(), phone(typed), address)
                .update();
    }

    void succeeded(String typed) {
        jdbc.sql("DELETE FROM account_password_failure WHERE phone_index = ?")
                .param(phone(typed))
                .update();
    }

    /** When the count of failures in the window drops below the limit, if it is at the limit now. */
    private Optional<Instant> retryAt(String column, Object value, int limit, Instant now) {
        return jdbc.sql("SELECT failed_at FROM account_password_failure WHERE " + column + " = ? AND failed_at > ?"
                        + " ORDER BY failed_at DESC OFFSET ? LIMIT 1")
                .params(value, now.minus(settings.window()).atOffset(ZoneOffset.UTC), limit - 1)
                .query(OffsetDateTime.class)
                .optional()
                .map(at -> at.toInstant().plus(settings.window()));
    }

    private byte[] phone(String typed) {
        return personalData.index(PersonalData.PHONE, typed == null ? "" : typed.strip());
    }
}
