package org.liangxiang.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.crypto.Masking;
import org.liangxiang.shared.web.FormErrors;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The applicant's own account pages: the overview, real-name binding, the sensitive-data consent (give, withdraw), the
 * optional password, and extending the session before it expires.
 */
@Controller
class ApplicantHomeController {

    /** Where the application journey starts: the consent page returns there when it sent the person. */
    static final String APPLY = "/apply";

    private final ApplicantAccounts applicants;
    private final RealNameBinding realNames;
    private final ApplicantConsents consents;
    private final AuditTrail audit;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    ApplicantHomeController(
            ApplicantAccounts applicants, RealNameBinding realNames, ApplicantConsents consents, AuditTrail audit) {
        this.applicants = applicants;
        this.realNames = realNames;
        this.consents = consents;
        this.audit = audit;
    }

    @GetMapping("/me")
    String home(@AuthenticationPrincipal SignedInApplicant applicant, Model model) {
        model.addAttribute("maskedMobile", Masking.phone(applicants.mobileOf(applicant.accountId())));
        model.addAttribute("realNameVerified", applicant.realNameVerified());
        model.addAttribute("consented", consents.hasConsented(applicant.accountId()));
        model.addAttribute("hasPassword", applicants.hasPassword(applicant.accountId()));
        return "account/me";
    }

    @GetMapping("/me/real-name")
    String realNameForm(@AuthenticationPrincipal SignedInApplicant applicant, Model model) {
        if (applicant.realNameVerified()) {
            return "redirect:/me";
        }
        return realNamePage(model, null, null, FormErrors.NONE, null);
    }

    @PostMapping("/me/real-name")
    String bindRealName(
            @AuthenticationPrincipal SignedInApplicant applicant,
            @RequestParam(required = false) String fullName,
            @RequestParam(required = false) String residentId,
            @RequestParam(required = false) String certificateNumber,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        if (applicant.realNameVerified()) {
            return "redirect:/me";
        }
        RealNameBinding.Claim claim;
        try {
            claim = RealNameBinding.Claim.of(fullName, residentId, certificateNumber);
        } catch (InvalidValueException | InvalidInputException e) {
            return realNamePage(model, fullName, certificateNumber, FormErrors.of(e, locale), null);
        }
        RealNameBinding.Outcome outcome = realNames.bind(applicant.accountId(), claim, request.getRemoteAddr());
        if (outcome != RealNameBinding.Outcome.BOUND) {
            return realNamePage(model, fullName, certificateNumber, FormErrors.NONE, outcome.name());
        }
        refreshPrincipal(applicant, request, response);
        return "redirect:/me?bound";
    }

    @GetMapping("/me/consent")
    String consentPage(@AuthenticationPrincipal SignedInApplicant applicant, Model model) {
        return consentPage(applicant, model, FormErrors.NONE);
    }

    @PostMapping("/me/consent")
    String giveConsent(
            @AuthenticationPrincipal SignedInApplicant applicant,
            @RequestParam(required = false) String agree,
            @RequestParam(required = false) String next,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        if (!"yes".equals(agree)) {
            return consentPage(
                    applicant,
                    model,
                    FormErrors.of(
                            new InvalidValueException(
                                    "agree",
                                    "CONSENT_NOT_TICKED",
                                    "如果同意，请勾选“我同意”；不同意也可以到窗口办理",
                                    "If you agree, tick 'I agree'; if not, you can still apply at a window"),
                            locale));
        }
        consents.give(applicant.accountId(), PortalChannels.current(request), request.getRemoteAddr());
        // the application journey sends people here first and gets them back (only there: no open redirect)
        return APPLY.equals(next) ? "redirect:" + APPLY : "redirect:/me/consent?given";
    }

    @GetMapping("/me/consent/withdraw")
    String withdrawPage(@AuthenticationPrincipal SignedInApplicant applicant) {
        return consents.hasConsented(applicant.accountId()) ? "account/consent-withdraw" : "redirect:/me/consent";
    }

    @PostMapping("/me/consent/withdraw")
    String withdraw(@AuthenticationPrincipal SignedInApplicant applicant, HttpServletRequest request) {
        consents.withdraw(applicant.accountId(), PortalChannels.current(request), request.getRemoteAddr());
        return "redirect:/me/consent?withdrawn";
    }

    @GetMapping("/me/password")
    String passwordPage(Model model) {
        model.addAttribute("errors", FormErrors.NONE);
        return "account/password";
    }

    @PostMapping("/me/password")
    String setPassword(
            @AuthenticationPrincipal SignedInApplicant applicant,
            @RequestParam(required = false) String password,
            @RequestParam(required = false) String confirmation,
            Model model,
            Locale locale) {
        try {
            if (password != null && !password.isEmpty() && !password.equals(confirmation)) {
                throw new InvalidValueException(
                        "confirmation", "PASSWORD_CONFIRMATION", "两次输入的密码不一致", "The two passwords are not the same");
            }
            applicants.setPassword(applicant.accountId(), password);
        } catch (InvalidValueException e) {
            model.addAttribute("errors", FormErrors.of(e, locale));
            return "account/password";
        }
        return "redirect:/me?passwordSet";
    }

    /**
     * Keeps the session alive (any request does; this one is for the expiry warning's button). A script gets 204; a
     * plain form post goes back to the page it came from on this site.
     */
    @PostMapping("/session/extend")
    ResponseEntity<Void> extend(
            @AuthenticationPrincipal SignedInApplicant applicant,
            @RequestParam(required = false) String returnTo,
            @RequestHeader(name = "X-Requested-With", required = false) String requestedWith,
            HttpServletRequest request) {
        audit.recordAlone(AuditEntry.of("SESSION_EXTENDED", applicant.getUsername())
                .withObject("CHANNEL", "APPLICANT")
                .from(request.getRemoteAddr()));
        if (requestedWith != null) {
            return ResponseEntity.noContent().build();
        }
        String target = returnTo != null && returnTo.matches("/[A-Za-z0-9/_?=&.-]*") && !returnTo.startsWith("//")
                ? returnTo
                : "/me";
        return ResponseEntity.status(303).header("Location", target).build();
    }

    private String realNamePage(
            Model model, String fullName, String certificateNumber, FormErrors errors, String outcome) {
        model.addAttribute("typedName", fullName);
        model.addAttribute("typedCertificate", certificateNumber);
        model.addAttribute("errors", errors);
        model.addAttribute("outcome", outcome);
        model.addAttribute("dailyFailures", RealNameBinding.DAILY_FAILURES);
        return "account/real-name";
    }

    private String consentPage(SignedInApplicant applicant, Model model, FormErrors errors) {
        model.addAttribute("consent", consents.latest(applicant.accountId()).orElse(null));
        model.addAttribute("consented", consents.hasConsented(applicant.accountId()));
        model.addAttribute("textVersion", ApplicantConsents.TEXT_VERSION);
        model.addAttribute("zone", ChinaTime.ZONE);
        model.addAttribute("errors", errors);
        return "account/consent";
    }

    /** The session's principal again from the database, so that it knows the account is now real-name bound. */
    private void refreshPrincipal(
            SignedInApplicant applicant, HttpServletRequest request, HttpServletResponse response) {
        SignedInApplicant fresh =
                applicants.signInDetails(applicant.accountId()).orElseThrow();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
