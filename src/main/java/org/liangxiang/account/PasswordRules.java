package org.liangxiang.account;

import java.util.Locale;
import org.liangxiang.shared.InvalidValueException;
import org.springframework.stereotype.Component;

/**
 * What a staff password must be: at least the security settings' minimum length (never under 12), not one of the
 * common passwords, and not the user name itself.
 */
@Component
class PasswordRules {

    private final CommonPasswords common;
    private final SecuritySettingsStore settings;

    PasswordRules(CommonPasswords common, SecuritySettingsStore settings) {
        this.common = common;
        this.settings = settings;
    }

    /** Refuses a password that breaks a rule, naming the field {@code password}. */
    void check(String password, String username) {
        int min = settings.current().passwordMinLength();
        if (password == null || password.codePointCount(0, password.length()) < min) {
            throw new InvalidValueException(
                    "password",
                    "PASSWORD_TOO_SHORT",
                    "工作人员密码至少需要" + min + "位",
                    "A staff password needs at least " + min + " characters");
        }
        if (common.contains(password)) {
            throw new InvalidValueException(
                    "password",
                    "PASSWORD_TOO_COMMON",
                    "这个密码太常见，容易被猜到，请换一个",
                    "This password is too common and easy to guess; please choose another");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new InvalidValueException(
                    "password",
                    "PASSWORD_CONTAINS_USERNAME",
                    "密码不能包含用户名",
                    "The password must not contain the user name");
        }
    }
}
