package org.liangxiang.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.crypto.Masking;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The two sign-in pages and the first page each kind of account lands on. */
@Controller
class SignInController {

    private final ApplicantAccounts applicants;
    private final StaffAccounts staff;
    private final Regions regions;
    private final MessageSource messages;

    SignInController(ApplicantAccounts applicants, StaffAccounts staff, Regions regions, MessageSource messages) {
        this.applicants = applicants;
        this.staff = staff;
        this.regions = regions;
        this.messages = messages;
    }

    @GetMapping("/login")
    String applicantSignIn(
            @RequestParam(required = false) String error, HttpServletRequest request, Model model, Locale locale) {
        model.addAttribute("signInFailed", error != null);
        HttpSession session = request.getSession(false);
        Object last = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (error != null && last instanceof PasswordSignInRefused refused) {
            String at = refused.retryAt()
                    .atZone(ChinaTime.ZONE)
                    .toLocalTime()
                    .plusMinutes(1)
                    .truncatedTo(ChronoUnit.MINUTES)
                    .format(DateTimeFormatter.ofPattern("HH:mm"));
            model.addAttribute(
                    "limitedText",
                    messages.getMessage("account.portal.login.limited." + refused.rule(), new Object[] {at}, locale));
        }
        return "account/login";
    }

    @GetMapping("/staff/login")
    String staffSignIn(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("signInFailed", error != null);
        return "account/staff-login";
    }

    @GetMapping("/staff")
    String staffHome(@AuthenticationPrincipal SignedInStaff member, Model model) {
        model.addAttribute("maskedName", Masking.name(staff.fullNameOf(member.accountId())));
        model.addAttribute("role", member.role());
        model.addAttribute("jurisdiction", member.jurisdiction());
        model.addAttribute("jurisdictionName", regions.namePath(member.jurisdiction()));
        return "account/staff-home";
    }
}
