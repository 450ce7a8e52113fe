package org.liangxiang.account;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Optional;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A staff member's own security ({@code /staff/me/...}), for every staff role including the three administrators:
 * change the password, replace the second factor (current code, then a new QR code confirmed with its first code).
 */
@Controller
class StaffMeController {

    private final StaffSelfService self;
    private final StaffAccounts accounts;
    private final MessageSource messages;

    StaffMeController(StaffSelfService self, StaffAccounts accounts, MessageSource messages) {
        this.self = self;
        this.accounts = accounts;
        this.messages = messages;
    }

    @GetMapping("/staff/me/password")
    String passwordForm(Model model) {
        model.addAttribute("errors", FormErrors.none());
        return "account/staff-me-password";
    }

    @PostMapping("/staff/me/password")
    String changePassword(
            @AuthenticationPrincipal SignedInStaff me,
            @RequestParam(defaultValue = "") String currentPassword,
            @RequestParam(defaultValue = "") String newPassword,
            @RequestParam(defaultValue = "") String confirmation,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        try {
            self.changePassword(
                    me,
                    currentPassword,
                    newPassword,
                    confirmation,
                    request.getSession().getId());
            return "redirect:/staff/me/password?changed";
        } catch (InvalidValueException | InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e, locale));
            return "account/staff-me-password";
        }
    }

    @GetMapping("/staff/me/second-factor")
    String secondFactor(@AuthenticationPrincipal SignedInStaff me, Model model) {
        return secondFactorPage(me, model, FormErrors.none());
    }

    @PostMapping("/staff/me/second-factor/start")
    String start(
            @AuthenticationPrincipal SignedInStaff me,
            @RequestParam(defaultValue = "") String currentCode,
            Model model,
            Locale locale) {
        try {
            self.startReplacement(me, currentCode);
            return "redirect:/staff/me/second-factor";
        } catch (InvalidValueException e) {
            return secondFactorPage(me, model, FormErrors.of(e, locale));
        }
    }

    @PostMapping("/staff/me/second-factor/confirm")
    String confirm(
            @AuthenticationPrincipal SignedInStaff me,
            @RequestParam(defaultValue = "") String newCode,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        try {
            self.confirmReplacement(me, newCode, request.getSession().getId());
            return "redirect:/staff/me/second-factor?replaced";
        } catch (InvalidValueException e) {
            return secondFactorPage(me, model, FormErrors.of(e, locale));
        }
    }

    @PostMapping("/staff/me/second-factor/cancel")
    String cancel(@AuthenticationPrincipal SignedInStaff me) {
        self.cancelReplacement(me);
        return "redirect:/staff/me/second-factor";
    }

    private String secondFactorPage(SignedInStaff me, Model model, FormErrors errors) {
        Optional<String> replacement = self.replacementSecret(me);
        model.addAttribute("errors", errors);
        model.addAttribute("replacing", replacement.isPresent());
        replacement.ifPresent(secret -> {
            String uri = SecondFactors.otpauthUri(accounts.usernameOf(me.accountId()), secret);
            Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
            model.addAttribute("secret", SecondFactorController.grouped(secret));
            model.addAttribute(
                    "qrCode", QrCodeSvg.of(uri, messages.getMessage("account.staff.enrol.qr", null, locale)));
        });
        return "account/staff-me-second-factor";
    }
}
