package org.liangxiang.account;

import java.util.Locale;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.web.FormErrors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The security administrator's page: the settings in force, their history, and a new version. */
@Controller
class SecuritySettingsController {

    private final SecuritySettingsStore settings;

    SecuritySettingsController(SecuritySettingsStore settings) {
        this.settings = settings;
    }

    @GetMapping("/staff/admin/security")
    String page(Model model) {
        return show(model, SecuritySettingsForm.of(settings.current()), FormErrors.none());
    }

    @PostMapping("/staff/admin/security")
    String change(@AuthenticationPrincipal SignedInStaff admin, SecuritySettingsForm form, Model model, Locale locale) {
        try {
            settings.change(form, admin);
            return "redirect:/staff/admin/security?saved";
        } catch (InvalidValueException | InvalidInputException e) {
            return show(model, form, FormErrors.of(e, locale));
        }
    }

    private String show(Model model, SecuritySettingsForm form, FormErrors errors) {
        model.addAttribute("current", settings.current());
        model.addAttribute("history", settings.history());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "account/admin-security";
    }
}
