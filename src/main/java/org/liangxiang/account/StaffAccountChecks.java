package org.liangxiang.account;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.ResidentId;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The field rules of a staff account, each adding its refusal to a list so that a form shows every one at once. */
@Component
class StaffAccountChecks {

    static final Set<StaffRole> ADMINISTRATORS =
            Set.of(StaffRole.SYSTEM_ADMIN, StaffRole.SECURITY_ADMIN, StaffRole.AUDIT_ADMIN);
    private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,63}$");

    private final JdbcClient jdbc;
    private final Regions regions;

    StaffAccountChecks(JdbcClient jdbc, Regions regions) {
        this.jdbc = jdbc;
        this.regions = regions;
    }

    void username(String username, List<InvalidValueException> errors) {
        if (!USERNAME.matcher(username).matches()) {
            errors.add(new InvalidValueException(
                    "username",
                    "USERNAME_FORMAT",
                    "用户名应为3到64位小写字母、数字、点、下划线或连字符，以字母或数字开头",
                    "The user name should be 3-64 lower-case letters, digits, '.', '_' or '-', starting with a letter"
                            + " or digit"));
        } else if (taken(username)) {
            errors.add(new InvalidValueException(
                    "username", "USERNAME_TAKEN", "这个用户名已被使用", "This user name is already taken"));
        }
    }

    void fullName(String fullName, List<InvalidValueException> errors) {
        if (fullName == null || fullName.isBlank() || fullName.strip().length() > 50) {
            errors.add(new InvalidValueException(
                    "fullName", "FULL_NAME_REQUIRED", "请填写姓名（最多50字）", "Please give the name (at most 50 characters)"));
        }
    }

    /** The jurisdiction normalised, or null after adding its refusal. */
    String jurisdiction(String jurisdiction, List<InvalidValueException> errors) {
        try {
            String code = RegionCode.of(jurisdiction).value();
            if (regions.find(code).filter(region -> !region.retired()).isEmpty()) {
                errors.add(new InvalidValueException(
                        "jurisdiction",
                        "JURISDICTION_UNKNOWN",
                        "管辖区域应为现行有效的行政区划代码",
                        "The jurisdiction should be a current administrative division code"));
                return null;
            }
            return code;
        } catch (InvalidValueException e) {
            errors.add(e.forField("jurisdiction"));
            return null;
        }
    }

    /** The person's resident id (required for administrators), or null. */
    ResidentId person(String personId, StaffRole role, List<InvalidValueException> errors) {
        if (personId == null || personId.isBlank()) {
            if (role != null && ADMINISTRATORS.contains(role)) {
                errors.add(new InvalidValueException(
                        "personId",
                        "PERSON_ID_REQUIRED",
                        "三员账户须登记本人身份证号码，以确保一人不兼任两个管理员角色",
                        "An administrator account needs the person's resident id, so that no one holds two"
                                + " administrator roles"));
            }
            return null;
        }
        try {
            return ResidentId.of(personId.strip());
        } catch (InvalidValueException e) {
            errors.add(e.forField("personId"));
            return null;
        }
    }

    /** The refusal for a unique index that the insert or update ran into. */
    InvalidValueException duplicate(DuplicateKeyException e) {
        String message = String.valueOf(e.getMostSpecificCause().getMessage());
        if (message.contains("staff_account_one_administrator_per_person")) {
            return new InvalidValueException(
                    "personId",
                    "ONE_ADMINISTRATOR_ROLE_PER_PERSON",
                    "三员分立：此人已有一个管理员账户（系统、安全或审计），不能再担任另一个管理员角色",
                    "Separation of the three administrators: this person already has an administrator account"
                            + " (system, security or audit) and cannot hold another");
        }
        if (message.contains("username")) {
            return new InvalidValueException(
                    "username", "USERNAME_TAKEN", "这个用户名已被使用", "This user name is already taken");
        }
        throw e;
    }

    private boolean taken(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM staff_account WHERE username = ?)")
                .param(username)
                .query(Boolean.class)
                .single();
    }
}
