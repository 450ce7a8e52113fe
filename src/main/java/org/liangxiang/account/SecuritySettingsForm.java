package org.liangxiang.account;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;

/** A change of the security settings as the security administrator typed it; checked field by field. */
record SecuritySettingsForm(
        String lockoutThreshold,
        String lockoutMinutes,
        String idleTimeoutMinutes,
        String passwordMinLength,
        String effectiveFrom,
        String reason) {

    static SecuritySettingsForm of(SecuritySettings s) {
        return new SecuritySettingsForm(
                Integer.toString(s.lockoutThreshold()),
                Integer.toString(s.lockoutMinutes()),
                Integer.toString(s.idleTimeoutMinutes()),
                Integer.toString(s.passwordMinLength()),
                "",
                "");
    }

    /** The checked values; throws one refusal per bad field. */
    Checked check() {
        List<InvalidValueException> errors = new ArrayList<>();
        int threshold =
                range(errors, "lockoutThreshold", lockoutThreshold, 3, 10, "连续失败锁定次数", "Failures before lockout");
        int lockout = range(errors, "lockoutMinutes", lockoutMinutes, 5, 1440, "锁定时长", "The lockout duration");
        int idle = range(errors, "idleTimeoutMinutes", idleTimeoutMinutes, 5, 120, "空闲超时", "The idle timeout");
        int password = range(errors, "passwordMinLength", passwordMinLength, 12, 64, "密码最短长度", "The shortest password");
        LocalDate from = date(errors);
        if (reason == null || reason.isBlank()) {
            errors.add(new InvalidValueException(
                    "reason", "REASON_REQUIRED", "请说明修改原因", "Please give the reason for the change"));
        }
        InvalidInputException.throwIfAny(errors);
        return new Checked(threshold, lockout, idle, password, from, reason.strip());
    }

    record Checked(
            int lockoutThreshold,
            int lockoutMinutes,
            int idleTimeoutMinutes,
            int passwordMinLength,
            LocalDate effectiveFrom,
            String reason) {}

    private LocalDate date(List<InvalidValueException> errors) {
        if (effectiveFrom == null || effectiveFrom.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(effectiveFrom.strip());
        } catch (DateTimeParseException e) {
            errors.add(new InvalidValueException(
                    "effectiveFrom",
                    "DATE_FORMAT",
                    "日期格式应为 年-月-日，例如 2026-12-01",
                    "The date should be like 2026-12-01"));
            return null;
        }
    }

    private static int range(
            List<InvalidValueException> errors, String field, String value, int min, int max, String zh, String en) {
        try {
            int number = Integer.parseInt(value == null ? "" : value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, like a number out of range
        }
        errors.add(new InvalidValueException(
                field,
                "OUT_OF_RANGE",
                zh + "应为" + min + "到" + max + "之间的整数",
                en + " should be a whole number from " + min + " to " + max));
        return 0;
    }
}
