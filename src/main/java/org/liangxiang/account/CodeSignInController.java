package org.liangxiang.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.MobileNumber;
import org.liangxiang.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfAuthenticationStrategy;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Register and sign in with a mobile number and a one-time code by text message: one way for both, since a number
 * without an account gets one when its code is right (so the pages never tell whether a number is registered). The
 * number travels in the form, never in the session or the address bar.
 */
@Controller
class CodeSignInController {

    static final String CHANNEL = "APPLICANT_SMS_CODE";

    private final SignInCodes codes;
    private final ApplicantAccounts applicants;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final TransactionTemplate transactions;
    private final SignInCodeProperties settings;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    private final CsrfAuthenticationStrategy csrfRotation =
            new CsrfAuthenticationStrategy(new HttpSessionCsrfTokenRepository());

    CodeSignInController(
            SignInCodes codes,
            ApplicantAccounts applicants,
            AuditTrail audit,
            MessageSource messages,
            TransactionTemplate transactions,
            SignInCodeProperties settings) {
        this.codes = codes;
        this.applicants = applicants;
        this.audit = audit;
        this.messages = messages;
        this.transactions = transactions;
        this.settings = settings;
    }

    @GetMapping("/register")
    String register(Model model) {
        return requestPage(model, true, null, FormErrors.NONE);
    }

    @GetMapping("/login/code")
    String signIn(Model model) {
        return requestPage(model, false, null, FormErrors.NONE);
    }

    @PostMapping("/login/code")
    String sendCode(
            @RequestParam(required = false) String mobile,
            @RequestParam(defaultValue = "false") boolean registering,
            @RequestParam(defaultValue = "false") boolean resend,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        MobileNumber number;
        try {
            number = MobileNumber.of(mobile);
        } catch (InvalidValueException e) {
            return requestPage(model, registering, mobile, FormErrors.of(e, locale));
        }
        try {
            codes.send(number, request.getRemoteAddr());
        } catch (InvalidValueException e) {
            return resend
                    ? verifyPage(model, number, registering, FormErrors.of(e.forField("resend"), locale), false)
                    : requestPage(model, registering, mobile, FormErrors.of(e, locale));
        }
        return verifyPage(model, number, registering, FormErrors.NONE, true);
    }

    @PostMapping("/login/code/verify")
    String verify(
            @RequestParam(required = false) String mobile,
            @RequestParam(required = false) String code,
            @RequestParam(defaultValue = "false") boolean registering,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            Locale locale) {
        MobileNumber number;
        try {
            number = MobileNumber.of(mobile);
        } catch (InvalidValueException e) {
            return requestPage(model, registering, mobile, FormErrors.of(e, locale));
        }
        if (code == null || !code.strip().matches("[0-9]{6}")) {
            return verifyPage(model, number, registering, error("CODE_FORMAT", locale), false);
        }
        SignInCodes.Outcome outcome = codes.check(number, code, request.getRemoteAddr());
        if (outcome != SignInCodes.Outcome.ACCEPTED) {
            return verifyPage(model, number, registering, error(outcome.name(), locale), false);
        }
        UUID account = transactions.execute(tx ->
                applicants.findByMobile(number.value()).orElseGet(() -> applicants.register(number.value(), null)));
        SignedInApplicant principal = applicants.signInDetails(account).orElseThrow();
        if (!principal.isEnabled()) {
            audit.recordAlone(AuditEntry.of("SIGN_IN_FAILED", SignInCodes.unauthenticated(number))
                    .withObject("CHANNEL", CHANNEL)
                    .withReason("DisabledException")
                    .from(request.getRemoteAddr()));
            return verifyPage(model, number, registering, error("DISABLED", locale), false);
        }
        signIn(principal, request, response);
        return "redirect:/me";
    }

    /**
     * Signs the applicant in on this session (a new session id, against fixation, and a new CSRF token) and audits it.
     */
    private void signIn(SignedInApplicant principal, HttpServletRequest request, HttpServletResponse response) {
        request.getSession(true);
        request.changeSessionId();
        UsernamePasswordAuthenticationToken authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        authentication.setDetails(new WebAuthenticationDetails(request));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        // a new CSRF token with the new session id, as the form login does (a token seen before sign-in stops working)
        csrfRotation.onAuthentication(authentication, request, response);
        audit.recordAlone(AuditEntry.of("SIGN_IN", principal.getUsername())
                .withObject("CHANNEL", CHANNEL)
                .from(request.getRemoteAddr()));
    }

    private String requestPage(Model model, boolean registering, String typed, FormErrors errors) {
        model.addAttribute("registering", registering);
        model.addAttribute("typedMobile", typed);
        model.addAttribute("errors", errors);
        return "account/code-request";
    }

    private String verifyPage(Model model, MobileNumber number, boolean registering, FormErrors errors, boolean sent) {
        model.addAttribute("mobile", number.value());
        model.addAttribute("maskedMobile", number.masked());
        model.addAttribute("registering", registering);
        model.addAttribute("validityMinutes", settings.validity().toMinutes());
        model.addAttribute("maxFailedAttempts", settings.maxFailedAttempts());
        model.addAttribute("codeSent", sent);
        model.addAttribute("errors", errors);
        return "account/code-verify";
    }

    private FormErrors error(String outcome, Locale locale) {
        return FormErrors.of(
                "code",
                messages.getMessage(
                        "account.portal.code.error." + outcome, new Object[] {settings.maxFailedAttempts()}, locale));
    }
}
