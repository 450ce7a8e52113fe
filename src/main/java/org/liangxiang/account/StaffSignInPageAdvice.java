package org.liangxiang.account;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The staff sign-in page tells the lockout rule in force (from the security settings). */
@ControllerAdvice(assignableTypes = SignInController.class)
class StaffSignInPageAdvice {

    private final SecuritySettingsStore settings;

    StaffSignInPageAdvice(SecuritySettingsStore settings) {
        this.settings = settings;
    }

    @ModelAttribute("securitySettings")
    SecuritySettings securitySettings() {
        return settings.current();
    }
}
