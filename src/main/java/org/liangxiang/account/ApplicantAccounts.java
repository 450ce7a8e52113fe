package org.liangxiang.account;

import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.MobileNumber;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.crypto.PersonalData;
import org.liangxiang.shared.event.EventEnvelope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applicant accounts: registered with a mobile number (richer sign-in with SMS codes comes with the portal), optionally
 * a password, and bound to a real name (name + resident id, optionally the disability certificate number). All
 * personal data is sealed; the phone number, resident id, certificate number and name are found through blind indexes.
 */
@Service
public class ApplicantAccounts {

    static final String TABLE = "applicant_account";

    private final JdbcClient jdbc;
    private final PersonalData personalData;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    ApplicantAccounts(
            JdbcClient jdbc,
            PersonalData personalData,
            PasswordEncoder passwords,
            AuditTrail audit,
            ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.personalData = personalData;
        this.passwords = passwords;
        this.audit = audit;
        this.events = events;
    }

    /** Registers a mobile number; a number that already has an account is refused. */
    @Transactional
    public UUID register(String mobile, String rawPassword) {
        String phone = MobileNumber.of(mobile).value();
        checkPassword(rawPassword);
        byte[] index = personalData.index(PersonalData.PHONE, phone);
        if (findIdByPhoneIndex(index).isPresent()) {
            throw new InvalidValueException(
                    "mobile",
                    "MOBILE_ALREADY_REGISTERED",
                    "这个手机号已经注册，请直接登录",
                    "This mobile number is already registered; please sign in");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO applicant_account (id, phone_sealed, phone_index, password_hash) VALUES (?, ?, ?, ?)")
                .params(
                        id,
                        personalData.seal(phone, TABLE, "phone", id),
                        index,
                        rawPassword == null ? null : passwords.encode(rawPassword))
                .update();
        audit.record(AuditEntry.of("APPLICANT_REGISTERED", id.toString())
                .withObject("APPLICANT_ACCOUNT", id.toString())
                .withChange(null, "ACTIVE"));
        events.publishEvent(new ApplicantRegistered(EventEnvelope.of(id.toString(), "ONLINE_WEB"), id));
        return id;
    }

    /** Sets (or replaces) the account's optional password; audited. */
    @Transactional
    public void setPassword(UUID accountId, String rawPassword) {
        if (rawPassword == null || rawPassword.isEmpty()) {
            throw new InvalidValueException("password", "PASSWORD_REQUIRED", "请填写密码", "Enter a password");
        }
        checkPassword(rawPassword);
        int updated = jdbc.sql("UPDATE applicant_account SET password_hash = ? WHERE id = ?")
                .params(passwords.encode(rawPassword), accountId)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("No applicant account " + accountId);
        }
        audit.record(AuditEntry.of("APPLICANT_PASSWORD_SET", accountId.toString())
                .withObject("APPLICANT_ACCOUNT", accountId.toString()));
    }

    /** Whether the account has a password (it may sign in with codes only). */
    public boolean hasPassword(UUID accountId) {
        return jdbc.sql("SELECT password_hash IS NOT NULL FROM applicant_account WHERE id = ?")
                .param(accountId)
                .query(Boolean.class)
                .single();
    }

    private static void checkPassword(String rawPassword) {
        if (rawPassword != null && rawPassword.length() < 8) {
            throw new InvalidValueException(
                    "password", "PASSWORD_TOO_SHORT", "密码至少需要8位", "The password needs at least 8 characters");
        }
    }

    /**
     * Binds the account to a real person after the real-name check: the name, the resident id and optionally the
     * disability certificate number are sealed, each with its blind index.
     */
    @Transactional
    public void bindRealName(UUID accountId, String fullName, ResidentId residentId, CertificateNumber certificate) {
        if (certificate != null && !certificate.residentId().equals(residentId)) {
            throw new InvalidValueException(
                    "certificateNumber",
                    "CERTIFICATE_NOT_APPLICANTS",
                    "残疾人证号应包含本人的身份证号",
                    "The certificate number should contain the person's own resident id");
        }
        String residentIdValue = residentId.value();
        String certificateNumber = certificate == null ? null : certificate.value();
        int updated = jdbc.sql("""
                UPDATE applicant_account
                   SET full_name_sealed = ?, full_name_index = ?, resident_id_sealed = ?, resident_id_index = ?,
                       certificate_number_sealed = ?, certificate_number_index = ?, real_name_verified_at = now()
                 WHERE id = ?""")
                .params(
                        personalData.seal(fullName, TABLE, "full_name", accountId),
                        personalData.index(PersonalData.NAME, fullName),
                        personalData.seal(residentIdValue, TABLE, "resident_id", accountId),
                        personalData.index(PersonalData.RESIDENT_ID, residentIdValue),
                        personalData.seal(certificateNumber, TABLE, "certificate_number", accountId),
                        personalData.index(PersonalData.CERTIFICATE_NUMBER, certificateNumber),
                        accountId)
                .update();
        if (updated != 1) {
            throw new IllegalStateException("No applicant account " + accountId);
        }
        audit.record(AuditEntry.of("APPLICANT_REAL_NAME_BOUND", accountId.toString())
                .withObject("APPLICANT_ACCOUNT", accountId.toString())
                .withChange("UNVERIFIED", "VERIFIED"));
        events.publishEvent(
                new ApplicantRealNameBound(EventEnvelope.of(accountId.toString(), "ONLINE_WEB"), accountId));
    }

    /** The account of a mobile number, found by its blind index. */
    public Optional<UUID> findByMobile(String mobile) {
        return findIdByPhoneIndex(
                personalData.index(PersonalData.PHONE, MobileNumber.of(mobile).value()));
    }

    /** The account bound to a resident id, found by its blind index. */
    public Optional<UUID> findByResidentId(ResidentId residentId) {
        return jdbc.sql("SELECT id FROM applicant_account WHERE resident_id_index = ?")
                .param(personalData.index(PersonalData.RESIDENT_ID, residentId.value()))
                .query(UUID.class)
                .optional();
    }

    /**
     * The real-name bound account of the person with this resident-id blind index ({@link PersonalData#RESIDENT_ID}),
     * if there is one: how other modules reach the person without opening any personal data.
     */
    public Optional<UUID> findBoundByResidentIdIndex(byte[] residentIdIndex) {
        return jdbc.sql("""
                SELECT id FROM applicant_account
                 WHERE resident_id_index = ? AND real_name_verified_at IS NOT NULL""").param(residentIdIndex).query(UUID.class).optional();
    }

    /**
     * The accounts real-name bound to any of the resident ids with these blind indexes, in one query: the account's id
     * per blind index (as {@link ByteBuffer#wrap(byte[])} of the index), none for an index no account is bound to.
     */
    @Transactional(readOnly = true)
    public Map<ByteBuffer, UUID> findBoundByResidentIdIndexes(Collection<byte[]> residentIdIndexes) {
        if (residentIdIndexes.isEmpty()) {
            return Map.of();
        }
        HexFormat hex = HexFormat.of();
        String indexes = residentIdIndexes.stream().map(hex::formatHex).collect(Collectors.joining(","));
        Map<ByteBuffer, UUID> bound = new HashMap<>();
        jdbc.sql("""
                SELECT a.resident_id_index, a.id
                  FROM applicant_account a
                 WHERE a.resident_id_index IN (SELECT decode(i, 'hex') FROM unnest(string_to_array(?, ',')) AS i)
                   AND a.real_name_verified_at IS NOT NULL""").param(indexes).query(rs -> {
            bound.put(ByteBuffer.wrap(rs.getBytes(1)), rs.getObject(2, UUID.class));
        });
        return bound;
    }

    /**
     * The blind index of the resident id the account is real-name bound to (empty while it is not), so that other
     * modules find records made for the person without opening any personal data.
     */
    public Optional<byte[]> residentIdIndexOf(UUID accountId) {
        return jdbc.sql("""
                SELECT resident_id_index FROM applicant_account
                 WHERE id = ? AND real_name_verified_at IS NOT NULL AND resident_id_index IS NOT NULL""").param(accountId).query(byte[].class).optional();
    }

    /** The person an account is real-name bound to, opened: for prefilling the account's own forms, never logged. */
    public record BoundPerson(String fullName, String residentId, String certificateNumber) {

        @Override
        public String toString() {
            return "BoundPerson[...]";
        }
    }

    /** The real name the account is bound to (empty while it is not), so that the person never types it again. */
    public Optional<BoundPerson> boundPerson(UUID accountId) {
        return jdbc.sql("""
                SELECT full_name_sealed, resident_id_sealed, certificate_number_sealed FROM applicant_account
                 WHERE id = ? AND real_name_verified_at IS NOT NULL""")
                .param(accountId)
                .query((rs, n) -> new BoundPerson(
                        personalData.open(rs.getBytes(1), TABLE, "full_name", accountId),
                        personalData.open(rs.getBytes(2), TABLE, "resident_id", accountId),
                        rs.getBytes(3) == null
                                ? null
                                : personalData.open(rs.getBytes(3), TABLE, "certificate_number", accountId)))
                .optional();
    }

    /** The account's mobile number in full: callers showing it must mask it or audit the unmasking. */
    public String mobileOf(UUID accountId) {
        byte[] sealed = jdbc.sql("SELECT phone_sealed FROM applicant_account WHERE id = ?")
                .param(accountId)
                .query(byte[].class)
                .single();
        return personalData.open(sealed, TABLE, "phone", accountId);
    }

    Optional<SignedInApplicant> signInDetails(String mobile) {
        String phone;
        try {
            phone = MobileNumber.of(mobile).value();
        } catch (InvalidValueException e) {
            return Optional.empty();
        }
        return jdbc.sql("""
                SELECT id, real_name_verified_at IS NOT NULL AS verified, password_hash, status
                  FROM applicant_account WHERE phone_index = ?""")
                .param(personalData.index(PersonalData.PHONE, phone))
                .query((rs, n) -> new SignedInApplicant(
                        rs.getObject("id", UUID.class),
                        rs.getBoolean("verified"),
                        rs.getString("password_hash"),
                        "ACTIVE".equals(rs.getString("status"))))
                .optional();
    }

    /** The session's principal for the account as it is now (after a real-name binding, say). */
    Optional<SignedInApplicant> signInDetails(UUID accountId) {
        return jdbc.sql("SELECT real_name_verified_at IS NOT NULL AS verified, status FROM applicant_account"
                        + " WHERE id = ?")
                .param(accountId)
                .query((rs, n) -> new SignedInApplicant(
                        accountId, rs.getBoolean("verified"), null, "ACTIVE".equals(rs.getString("status"))))
                .optional();
    }

    private Optional<UUID> findIdByPhoneIndex(byte[] index) {
        return jdbc.sql("SELECT id FROM applicant_account WHERE phone_index = ?")
                .param(index)
                .query(UUID.class)
                .optional();
    }
}
