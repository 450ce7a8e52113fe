package org.liangxiang.account;

import java.util.Optional;
import java.util.UUID;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts: a user name, a sealed full name, a password, one role and a jurisdiction region. */
@Service
public class StaffAccounts {

    static final String TABLE = "staff_account";
    static final int MIN_PASSWORD_LENGTH = 12;

    private final JdbcClient jdbc;
    private final PersonalData personalData;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Regions regions;

    StaffAccounts(
            JdbcClient jdbc, PersonalData personalData, PasswordEncoder passwords, AuditTrail audit, Regions regions) {
        this.regions = regions;
        this.jdbc = jdbc;
        this.personalData = personalData;
        this.passwords = passwords;
        this.audit = audit;
    }

    /** Creates a staff account; {@code createdBy} is the administrator's account id, or "system" for set-up. */
    @Transactional
    public UUID create(
            String username,
            String fullName,
            String rawPassword,
            StaffRole role,
            String jurisdiction,
            String createdBy) {
        if (rawPassword == null || rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidValueException(
                    "password", "PASSWORD_TOO_SHORT", "工作人员密码至少需要12位", "A staff password needs at least 12 characters");
        }
        try {
            jurisdiction = RegionCode.of(jurisdiction).value();
        } catch (InvalidValueException e) {
            throw e.forField("jurisdiction");
        }
        if (regions.find(jurisdiction).filter(region -> !region.retired()).isEmpty()) {
            throw new InvalidValueException(
                    "jurisdiction",
                    "JURISDICTION_UNKNOWN",
                    "管辖区域应为现行有效的行政区划代码",
                    "The jurisdiction should be a current administrative division code");
        }
        if (findByUsername(username).isPresent()) {
            throw new InvalidValueException(
                    "username", "USERNAME_TAKEN", "这个用户名已被使用", "This user name is already taken");
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO staff_account (id, username, full_name_sealed, password_hash, role, jurisdiction)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        username,
                        personalData.seal(fullName, TABLE, "full_name", id),
                        passwords.encode(rawPassword),
                        role.name(),
                        jurisdiction)
                .update();
        audit.record(AuditEntry.of("STAFF_ACCOUNT_CREATED", createdBy)
                .withObject("STAFF_ACCOUNT", id.toString())
                .withChange(null, role.name() + "@" + jurisdiction));
        return id;
    }

    public Optional<UUID> findByUsername(String username) {
        return jdbc.sql("SELECT id FROM staff_account WHERE username = ?")
                .param(username)
                .query(UUID.class)
                .optional();
    }

    /** The staff member's full name, for display to colleagues (masked where shown to the public). */
    public String fullNameOf(UUID accountId) {
        byte[] sealed = jdbc.sql("SELECT full_name_sealed FROM staff_account WHERE id = ?")
                .param(accountId)
                .query(byte[].class)
                .single();
        return personalData.open(sealed, TABLE, "full_name", accountId);
    }

    Optional<SignedInStaff> signInDetails(String username) {
        return jdbc.sql("SELECT id, role, jurisdiction, password_hash, status FROM staff_account WHERE username = ?")
                .param(username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT))
                .query((rs, n) -> new SignedInStaff(
                        rs.getObject("id", UUID.class),
                        StaffRole.valueOf(rs.getString("role")),
                        rs.getString("jurisdiction"),
                        rs.getString("password_hash"),
                        "ACTIVE".equals(rs.getString("status"))))
                .optional();
    }
}
