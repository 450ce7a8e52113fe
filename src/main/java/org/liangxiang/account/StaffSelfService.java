package org.liangxiang.account;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.event.EventEnvelope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a staff member does for their own account ({@code /staff/me}): change the password (the current one first; the
 * rules of {@link PasswordRules}) and replace the second factor (a current code first, then a code of the new
 * secret). Each is audited and ends the account's other sessions, so a stolen session or a lost phone stops working.
 */
@Service
class StaffSelfService {

    private final JdbcClient jdbc;
    private final StaffAccounts accounts;
    private final PasswordRules rules;
    private final PasswordEncoder encoder;
    private final SecondFactors factors;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    StaffSelfService(
            JdbcClient jdbc,
            StaffAccounts accounts,
            PasswordRules rules,
            PasswordEncoder encoder,
            SecondFactors factors,
            AuditTrail audit,
            ApplicationEventPublisher events,
            FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.rules = rules;
        this.encoder = encoder;
        this.factors = factors;
        this.audit = audit;
        this.events = events;
        this.sessions = sessions;
    }

    /** Changes the signed-in member's password; {@code sessionId} is the session to keep (this one). */
    @Transactional
    void changePassword(SignedInStaff me, String current, String password, String confirmation, String sessionId) {
        String hash =
                accounts.byId(me.accountId()).map(SignedInStaff::getPassword).orElse(null);
        List<InvalidValueException> errors = new ArrayList<>();
        if (current == null || current.isEmpty() || hash == null || !encoder.matches(current, hash)) {
            errors.add(new InvalidValueException(
                    "currentPassword", "PASSWORD_CURRENT_WRONG", "当前密码不正确", "The current password is not right"));
        }
        try {
            rules.check(password, accounts.usernameOf(me.accountId()));
            if (password.equals(current)) {
                throw new InvalidValueException(
                        "password",
                        "PASSWORD_UNCHANGED",
                        "新密码不能与当前密码相同",
                        "The new password must differ from the current one");
            }
        } catch (InvalidValueException e) {
            errors.add(e.forField("newPassword"));
        }
        if (password != null && !password.equals(confirmation)) {
            errors.add(new InvalidValueException(
                    "confirmation",
                    "PASSWORD_CONFIRMATION",
                    "两次输入的新密码不一致",
                    "The two entries of the new password differ"));
        }
        InvalidInputException.throwIfAny(errors);
        jdbc.sql("UPDATE staff_account SET password_hash = ?, updated_at = now() WHERE id = ?")
                .params(encoder.encode(password), me.accountId())
                .update();
        record(me, "STAFF_PASSWORD_CHANGED", null, null);
        publish(me, StaffAccountChanged.Change.PASSWORD_CHANGED);
        endOtherSessions(me.accountId(), sessionId);
    }

    Optional<String> replacementSecret(SignedInStaff me) {
        return factors.replacementSecret(me.accountId());
    }

    /** Starts replacing the second factor once the current code is given; answers the new secret. */
    String startReplacement(SignedInStaff me, String currentCode) {
        return factors.startReplacement(me.accountId(), currentCode, Instant.now())
                .orElseThrow(() -> new InvalidValueException(
                        "currentCode",
                        "SECOND_FACTOR_CODE_REFUSED",
                        "验证码不正确或已经用过，请输入当前应用上显示的6位数字",
                        "The code is wrong or was used already; enter the 6 digits your app shows now"));
    }

    /** Confirms the new second factor with its first code; the old one ends with the other sessions. */
    @Transactional
    void confirmReplacement(SignedInStaff me, String newCode, String sessionId) {
        if (!factors.confirmReplacement(me.accountId(), newCode, Instant.now())) {
            throw new InvalidValueException(
                    "newCode",
                    "SECOND_FACTOR_CODE_REFUSED",
                    "验证码不正确，请输入新添加的账户显示的6位数字",
                    "The code is wrong; enter the 6 digits the newly added account shows");
        }
        endOtherSessions(me.accountId(), sessionId);
    }

    void cancelReplacement(SignedInStaff me) {
        factors.cancelReplacement(me.accountId());
    }

    private void endOtherSessions(UUID id, String keep) {
        sessions.findByPrincipalName(id.toString()).keySet().stream()
                .filter(sessionId -> !sessionId.equals(keep))
                .forEach(sessions::deleteById);
    }

    private void record(SignedInStaff me, String type, String before, String after) {
        audit.record(AuditEntry.of(type, me.accountId().toString())
                .withActor(me.role().name(), me.jurisdiction())
                .withObject("STAFF_ACCOUNT", me.accountId().toString())
                .withChange(before, after));
    }

    private void publish(SignedInStaff me, StaffAccountChanged.Change change) {
        events.publishEvent(new StaffAccountChanged(
                EventEnvelope.of(me.accountId().toString(), "STAFF"),
                me.accountId(),
                change,
                me.role(),
                me.jurisdiction()));
    }
}
