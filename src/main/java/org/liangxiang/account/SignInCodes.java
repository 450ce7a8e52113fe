package org.liangxiang.account;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.MobileNumber;
import org.liangxiang.shared.crypto.PersonalData;
import org.liangxiang.sms.SmsGateway;
import org.liangxiang.sms.SmsMessage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time codes by text message for registering and signing in with a mobile number. A code is 6 digits, lives {@link
 * SignInCodeProperties#validity()}, is void after {@link SignInCodeProperties#maxFailedAttempts()} wrong tries, and a
 * new one replaces the number's earlier one. Only a keyed hash of the code is stored, bound to its row; the code is
 * never logged nor audited. Every code sent, refused, failed, voided and used is audited with the masked number.
 */
@Service
class SignInCodes {

    static final String CODE_PURPOSE = "sign-in-code";
    static final String TEMPLATE = "verification-code";

    /** What checking a code gave. */
    enum Outcome {
        ACCEPTED,
        WRONG,
        /** Wrong, and that was the last try: the code is void. */
        VOIDED,
        EXPIRED,
        /** No code waiting for the number (never sent, used already, replaced or void). */
        NONE
    }

    private final JdbcClient jdbc;
    private final PersonalData personalData;
    private final SmsGateway sms;
    private final AuditTrail audit;
    private final SignInCodeProperties settings;
    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    SignInCodes(
            JdbcClient jdbc,
            PersonalData personalData,
            SmsGateway sms,
            AuditTrail audit,
            SignInCodeProperties settings) {
        this.jdbc = jdbc;
        this.personalData = personalData;
        this.sms = sms;
        this.audit = audit;
        this.settings = settings;
        this.clock = Clock.systemUTC();
    }

    /**
     * Sends a new code to the number unless a limit forbids it, in which case it refuses (field {@code mobile}) saying
     * when to try again. The refusal is audited on its own, the sending in this transaction.
     */
    @Transactional(noRollbackFor = InvalidValueException.class)
    public void send(MobileNumber mobile, String address) {
        byte[] phone = personalData.index(PersonalData.PHONE, mobile.value());
        // one request per number at a time, so that two quick clicks cannot both pass the one-a-minute rule
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(?)")
                .param(ByteBuffer.wrap(phone).getLong())
                .query(Integer.class)
                .single();
        Instant now = clock.instant();
        String refusal = limitReached(phone, address, now);
        if (refusal != null) {
            audit.recordAlone(AuditEntry.of("SIGN_IN_CODE_REFUSED", unauthenticated(mobile))
                    .withReason(refusal)
                    .from(address));
            throw refusal(refusal);
        }
        jdbc.sql("UPDATE account_sign_in_code SET status = 'REPLACED' WHERE phone_index = ? AND status = 'ACTIVE'")
                .param(phone)
                .update();
        UUID id = UUID.randomUUID();
        String code = String.format("%06d", random.nextInt(1_000_000));
        jdbc.sql("""
                INSERT INTO account_sign_in_code (id, phone_index, code_hash, source_address, sent_at, expires_at, status)
                VALUES (?, ?, ?, ?, ?, ?, 'ACTIVE')""")
                .params(id, phone, hash(id, code), address, at(now), at(now.plus(settings.validity())))
                .update();
        audit.record(AuditEntry.of("SIGN_IN_CODE_SENT", unauthenticated(mobile))
                .withObject("SIGN_IN_CODE", id.toString())
                .from(address));
        sms.send(
                mobile.value(),
                SmsMessage.of(TEMPLATE, code, String.valueOf(settings.validity().toMinutes())));
    }

    /** Checks the code typed for the number; a right code is used up, a wrong one counts against the code. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Outcome check(MobileNumber mobile, String typed, String address) {
        byte[] phone = personalData.index(PersonalData.PHONE, mobile.value());
        Optional<Waiting> waiting = jdbc.sql("""
                SELECT id, expires_at, failed_attempts FROM account_sign_in_code
                 WHERE phone_index = ? AND status = 'ACTIVE' ORDER BY sent_at DESC LIMIT 1 FOR UPDATE""")
                .param(phone)
                .query((rs, n) -> new Waiting(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getInt(3)))
                .optional();
        Outcome outcome = waiting.map(w -> check(w, typed)).orElse(Outcome.NONE);
        AuditEntry entry = AuditEntry.of(
                        outcome == Outcome.ACCEPTED ? "SIGN_IN_CODE_USED" : "SIGN_IN_CODE_FAILED",
                        unauthenticated(mobile))
                .withReason(outcome.name())
                .from(address);
        audit.record(waiting.map(w -> entry.withObject("SIGN_IN_CODE", w.id().toString()))
                .orElse(entry));
        return outcome;
    }

    private record Waiting(UUID id, Instant expiresAt, int failedAttempts) {}

    private Outcome check(Waiting code, String typed) {
        if (!clock.instant().isBefore(code.expiresAt())) {
            setStatus(code.id(), "VOIDED", code.failedAttempts());
            return Outcome.EXPIRED;
        }
        String digits = typed == null ? "" : typed.strip();
        byte[] stored = jdbc.sql("SELECT code_hash FROM account_sign_in_code WHERE id = ?")
                .param(code.id())
                .query(byte[].class)
                .single();
        if (digits.matches("[0-9]{6}") && MessageDigest.isEqual(stored, hash(code.id(), digits))) {
            setStatus(code.id(), "USED", code.failedAttempts());
            return Outcome.ACCEPTED;
        }
        int failed = code.failedAttempts() + 1;
        boolean last = failed >= settings.maxFailedAttempts();
        setStatus(code.id(), last ? "VOIDED" : "ACTIVE", failed);
        return last ? Outcome.VOIDED : Outcome.WRONG;
    }

    private void setStatus(UUID id, String status, int failedAttempts) {
        jdbc.sql("UPDATE account_sign_in_code SET status = ?, failed_attempts = ? WHERE id = ?")
                .params(status, failedAttempts, id)
                .update();
    }

    /** The rule code of the limit the request would break, or null. */
    private String limitReached(byte[] phone, String address, Instant now) {
        Instant dayStart = now.atZone(ChinaTime.ZONE)
                .toLocalDate()
                .atStartOfDay(ChinaTime.ZONE)
                .toInstant();
        Instant lastSent = jdbc.sql("SELECT max(sent_at) FROM account_sign_in_code WHERE phone_index = ?")
                .param(phone)
                .query(OffsetDateTime.class)
                .optional()
                .map(OffsetDateTime::toInstant)
                .orElse(null);
        if (lastSent != null && now.isBefore(lastSent.plus(settings.resendInterval()))) {
            return "SIGN_IN_CODE_TOO_SOON";
        }
        if (count("phone_index", phone, dayStart) >= settings.dailyPerNumber()) {
            return "SIGN_IN_CODE_DAILY_LIMIT";
        }
        if (address != null && count("source_address", address, dayStart) >= settings.dailyPerAddress()) {
            return "SIGN_IN_CODE_ADDRESS_LIMIT";
        }
        return null;
    }

    private long count(String column, Object value, Instant since) {
        return jdbc.sql("SELECT count(*) FROM account_sign_in_code WHERE " + column + " = ? AND sent_at >= ?")
                .params(value, at(since))
                .query(Long.class)
                .single();
    }

    private InvalidValueException refusal(String rule) {
        long seconds = settings.resendInterval().toSeconds();
        return switch (rule) {
            case "SIGN_IN_CODE_TOO_SOON" ->
                new InvalidValueException(
                        "mobile",
                        rule,
                        "验证码每" + seconds + "秒只能发送一次，请稍后再试；刚发的验证码仍然有效",
                        "A code can be sent once every " + seconds + " seconds; please wait. The code just sent still"
                                + " works");
            case "SIGN_IN_CODE_DAILY_LIMIT" ->
                new InvalidValueException(
                        "mobile",
                        rule,
                        "这个手机号今天收到的验证码已达上限，请明天再试，或到窗口办理",
                        "This number has had today's maximum of codes; please try again tomorrow or visit a window");
            default ->
                new InvalidValueException(
                        "mobile",
                        rule,
                        "从您所在网络发出的验证码请求今天已达上限，请明天再试，或到窗口办理",
                        "Today's maximum of code requests from your network has been reached; please try again"
                                + " tomorrow or visit a window");
        };
    }

    private byte[] hash(UUID id, String code) {
        return personalData.index(CODE_PURPOSE, id + ":" + code);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static String unauthenticated(MobileNumber mobile) {
        return "unauthenticated:" + mobile.masked();
    }
}
