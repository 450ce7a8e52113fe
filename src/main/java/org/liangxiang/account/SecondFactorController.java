package org.liangxiang.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second sign-in step: the 6-digit code from the authenticator app, or, for an account without a second factor
 * yet, its enrolment (a QR code and the secret in text, confirmed with a first code).
 */
@Controller
class SecondFactorController {

    private final SecondFactors factors;
    private final StaffSignInCompletion completion;
    private final TransactionTemplate transactions;
    private final StaffAccounts staff;
    private final MessageSource messages;

    SecondFactorController(
            SecondFactors factors,
            StaffSignInCompletion completion,
            TransactionTemplate transactions,
            StaffAccounts staff,
            MessageSource messages) {
        this.factors = factors;
        this.staff = staff;
        this.messages = messages;
        this.completion = completion;
        this.transactions = transactions;
    }

    @GetMapping("/staff/login/code")
    String codeForm(@AuthenticationPrincipal SignedInStaff member, Model model) {
        if (!factors.isEnrolled(member.accountId())) {
            return "redirect:/staff/login/enrol";
        }
        model.addAttribute("codeRefused", false);
        return "account/staff-code";
    }

    @PostMapping("/staff/login/code")
    String code(
            @AuthenticationPrincipal SignedInStaff member,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        if (factors.verify(member.accountId(), code, Instant.now())) {
            return completion.complete(member.accountId(), request, response)
                    ? "redirect:/staff"
                    : "redirect:/staff/login?error";
        }
        if (completion.codeRefused(member.accountId(), request)) {
            return "redirect:/staff/login?error";
        }
        model.addAttribute("codeRefused", true);
        return "account/staff-code";
    }

    @GetMapping("/staff/login/enrol")
    String enrolForm(@AuthenticationPrincipal SignedInStaff member, Model model) {
        if (factors.isEnrolled(member.accountId())) {
            return "redirect:/staff/login/code";
        }
        return enrolPage(member, model, false);
    }

    @PostMapping("/staff/login/enrol")
    String enrol(
            @AuthenticationPrincipal SignedInStaff member,
            @RequestParam(defaultValue = "") String code,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Boolean confirmed = transactions.execute(tx -> factors.confirm(member.accountId(), code, Instant.now()));
        if (Boolean.TRUE.equals(confirmed)) {
            return completion.complete(member.accountId(), request, response)
                    ? "redirect:/staff"
                    : "redirect:/staff/login?error";
        }
        if (completion.codeRefused(member.accountId(), request)) {
            return "redirect:/staff/login?error";
        }
        return enrolPage(member, model, true);
    }

    private String enrolPage(SignedInStaff member, Model model, boolean codeRefused) {
        java.util.Locale locale = org.springframework.context.i18n.LocaleContextHolder.getLocale();
        String secret = factors.pendingSecret(member.accountId());
        String uri = SecondFactors.otpauthUri(staff.usernameOf(member.accountId()), secret);
        model.addAttribute("secret", grouped(secret));
        model.addAttribute("qrCode", QrCodeSvg.of(uri, messages.getMessage("account.staff.enrol.qr", null, locale)));
        model.addAttribute("codeRefused", codeRefused);
        return "account/staff-enrol";
    }

    /** The secret in groups of four, easier to type into an app by hand. */
    static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
