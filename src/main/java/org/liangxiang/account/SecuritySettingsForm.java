package org.liangxiang.account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;

/** A change of the security settings as the security administrator enters it; checked field by field. */
record SecuritySettingsForm(
        Integer lockoutThreshold,
        Integer lockoutMinutes,
        Integer idleTimeoutMinutes,
        Integer passwordMinLength,
        LocalDate effectiveFrom,
        String reason) {

    /** Throws one refusal per bad field. */
    void check() {
        List<InvalidValueException> errors = new ArrayList<>();
        range(errors, "lockoutThreshold", lockoutThreshold, 3, 10, "连续失败锁定次数", "Failed attempts before lockout");
        range(errors, "lockoutMinutes", lockoutMinutes, 5, 1440, "锁定时长（分钟）", "Lockout duration (minutes)");
        range(errors, "idleTimeoutMinutes", idleTimeoutMinutes, 5, 120, "空闲超时（分钟）", "Idle timeout (minutes)");
        range(errors, "passwordMinLength", passwordMinLength, 12, 64, "密码最短长度", "Shortest password");
        if (reason == null || reason.isBlank()) {
            errors.add(new InvalidValueException(
                    "reason", "REASON_REQUIRED", "请说明修改原因", "Please give the reason for the change"));
        }
        InvalidInputException.throwIfAny(errors);
    }

    private static void range(
            List<InvalidValueException> errors, String field, Integer value, int min, int max, String zh, String en) {
        if (value == null || value < min || value > max) {
            errors.add(new InvalidValueException(
                    field,
                    "OUT_OF_RANGE",
                    zh + "应在" + min + "到" + max + "之间",
                    en + " should be between " + min + " and " + max));
        }
    }
}
