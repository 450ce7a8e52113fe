package org.liangxiang.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.liangxiang.account.SignedInStaff;
import org.liangxiang.account.StaffAccounts;
import org.liangxiang.intake.CorrectableFields;
import org.liangxiang.policy.ReviewStep;
import org.liangxiang.review.CaseAssignments;
import org.liangxiang.review.CaseConflictException;
import org.liangxiang.review.CaseSummary;
import org.liangxiang.review.NonAcceptanceReason;
import org.liangxiang.review.NotYourActException;
import org.liangxiang.review.RefusalReason;
import org.liangxiang.review.Reviewer;
import org.liangxiang.review.Reviews;
import org.liangxiang.shared.web.FormErrors;
import org.liangxiang.shared.web.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The case page ({@code /staff/cases/{id}}) and its acts. Each act posts the version the page showed; a refusal shows
 * the page again with the error summary (400), "not your act" (403), or, when the case changed meanwhile (409), "this
 * case has changed; here it is now" with the case as it is now and nothing recorded. After an act: back to the case.
 */
@Controller
@RequestMapping("/staff/cases/{id}")
class CaseController {

    static final String TEMPLATE = "review/work/case";

    /** The form of each act, by the key its success reports. */
    private static final Map<String, String> FORMS = Map.of(
            "accepted", "accept",
            "returned", "return",
            "notAccepted", "refuseAcceptance",
            "forwarded", "forward",
            "completed", "complete",
            "refused", "refuseSubsidy",
            "decided", "decide",
            "objection", "objection",
            "noticeEnded", "endNotice",
            "reassigned", "reassign");

    private final CaseFiles files;
    private final Reviews reviews;
    private final PersonUnmasking unmasking;
    private final CaseAssignments assignments;
    private final StaffAccounts accounts;

    CaseController(
            CaseFiles files,
            Reviews reviews,
            PersonUnmasking unmasking,
            CaseAssignments assignments,
            StaffAccounts accounts) {
        this.files = files;
        this.reviews = reviews;
        this.unmasking = unmasking;
        this.assignments = assignments;
        this.accounts = accounts;
    }

    @GetMapping
    String show(@AuthenticationPrincipal SignedInStaff staff, @PathVariable UUID id, Model model) {
        return page(model, Reviewer.of(staff), id, CaseFiles.Shown.MASKED, FormErrors.none());
    }

    @PostMapping("/unmask")
    String unmask(
            @AuthenticationPrincipal SignedInStaff staff,
            @PathVariable UUID id,
            @RequestParam(required = false) String unmaskReason,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Reviewer reviewer = Reviewer.of(staff);
        try {
            unmasking.record(reviewer, id, unmaskReason);
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, reviewer, id, CaseFiles.Shown.MASKED, FormErrors.of(e, locale));
        }
        model.addAttribute("unmaskReason", unmaskReason);
        return page(model, reviewer, id, CaseFiles.Shown.FULL, FormErrors.none());
    }

    @PostMapping("/accept")
    String accept(
            @AuthenticationPrincipal SignedInStaff staff,
            @PathVariable UUID id,
            Long expectedVersion,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Reviewer r = Reviewer.of(staff);
        return act(
                r,
                id,
                "accepted",
                model,
                locale,
                response,
                () -> reviews.accept(r, id, ActForms.version(expectedVersion)));
    }

    @PostMapping("/return")
    String returnForCorrection(
            @AuthenticationPrincipal SignedInStaff staff,
            @PathVariable UUID id,
            Long expectedVersion,
            @RequestParam(required = false) List<String> material,
            @RequestParam(required = false) List<String> field,
            @RequestParam(required = false) String note,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Reviewer r = Reviewer.of(staff);
        return act(
                r,
                id,
                "returned",
                model,
                locale,
                response,
                () -> reviews.returnForCorrection(
                        r, id, ActForms.version(expectedVersion), ActForms.items(material, field), note));
    }

    @PostMapping("/refuse-acceptance")
    String refuseAcceptance(
            @AuthenticationPrincipal SignedInStaff staff,
            @PathVariable UUID id,
            Long expectedVersion,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String explanation,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Reviewer r = Reviewer.of(staff);
        return act(
                r,
                id,
                "notAccepted",
                model,
                locale,
                response,
                () -> reviews.refuseAcceptance(
                        r, id, ActForms.version(expectedVersion), ActForms.nonAcceptance(reason), explanation));
    }

    @PostMapping("/forward")
    String forward(
            @AuthenticationPrincipal SignedInStaff staff,
            @PathVariable UUID id,
            Long expectedVersion,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Reviewer r = Reviewer.of(staff);
        return act(
                r,
                id,
                "forwarded",
                model,
                locale,
                response,
                () -> reviews.forward(r, id, ActForms.version(expectedVersion)));
    }

    @PostMapping("/complete-step")
    String completeStep(
            @AuthenticationPrincipal SignedInStaff staff,
            @PathVariable UUID id,
            Long expectedVersion,
            @RequestParam(required = false) ReviewStep step,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Reviewer r = Reviewer.of(staff);
        return act(
                r,
                id,
                "completed",
                model,
                locale,
                response,
                () -> reviews.completeStep(r, id, ActForms.version(expectedVersion), step));
    }

    @PostMapping("/refuse-subsidy")
    String refuseSubsidy(
            @AuthenticationPrincipal SignedInStaff staff,
            @PathVariable UUID id,
            Long expectedVersion,
            @RequestParam(required = false) String subsidy,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String explanation,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Reviewer r = Reviewer.of(staff);
        return act(
                r,
                id,
                "refused",
                model,
                locale,
                response,
                () -> reviews.refuseSubsidy(
                        r,
                        id,
                        ActForms.version(expectedVersion),
                        ActForms.subsidy(subsidy),
                        ActForms.refusal("reason", reason),
                        explanation));
    }

    @PostMapping("/decide")
    String decide(
            @AuthenticationPrincipal SignedInStaff staff,
            @PathVariable UUID id,
            Long expectedVersion,
            @RequestParam Map<String, String> form,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Reviewer r = Reviewer.of(staff);
        return act(
                r,
                id,
                "decided",
                model,
                locale,
                response,
                () -> reviews.decide(r, id, ActForms.version(expectedVersion), ActForms.decisions(form)));
    }

    @PostMapping("/objection")
    String objection(
            @AuthenticationPrincipal SignedInStaff staff,
            @PathVariable UUID id,
            Long expectedVersion,
            @RequestParam(required = false) String objectionNote,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Reviewer r = Reviewer.of(staff);
        return act(
                r,
                id,
                "objection",
                model,
                locale,
                response,
                () -> reviews.recordObjection(r, id, ActForms.version(expectedVersion), objectionNote));
    }

    @PostMapping("/end-notice")
    String endNotice(
            @AuthenticationPrincipal SignedInStaff staff,
            @PathVariable UUID id,
            Long expectedVersion,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Reviewer r = Reviewer.of(staff);
        return act(
                r,
                id,
                "noticeEnded",
                model,
                locale,
                response,
                () -> reviews.endNotice(r, id, ActForms.version(expectedVersion)));
    }

    @PostMapping("/reassign")
    String reassign(
            @AuthenticationPrincipal SignedInStaff staff,
            @PathVariable UUID id,
            Long expectedVersion,
            @RequestParam(required = false) String assignee,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        Reviewer r = Reviewer.of(staff);
        return act(
                r,
                id,
                "reassigned",
                model,
                locale,
                response,
                () -> assignments.reassign(r, id, ActForms.version(expectedVersion), ActForms.account(assignee)));
    }

    private String act(
            Reviewer reviewer,
            UUID id,
            String done,
            Model model,
            Locale locale,
            HttpServletResponse response,
            Supplier<CaseSummary> act) {
        try {
            act.get();
            return "redirect:/staff/cases/" + id + "?done=" + done;
        } catch (CaseConflictException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", e.rule().name());
            model.addAttribute("refusedAct", FORMS.get(done));
            return page(model, reviewer, id, CaseFiles.Shown.MASKED, FormErrors.none());
        } catch (NotYourActException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("notYours", true);
            return page(model, reviewer, id, CaseFiles.Shown.MASKED, FormErrors.none());
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(model, reviewer, id, CaseFiles.Shown.MASKED, onForm(FORMS.get(done), FormErrors.of(e, locale)));
        }
    }

    /**
     * The act's refusals on its own form: each form's fields are named {@code <form>-<field>} (the same field, say
     * {@code reason}, is on several forms); the decision form's refusals go to its fieldset.
     */
    static FormErrors onForm(String form, FormErrors errors) {
        return new FormErrors(errors.all().stream()
                .map(v -> new Violation(
                        "decide".equals(form) ? "decide-decisions" : form + "-" + v.field(), v.rule(), v.message()))
                .toList());
    }

    private String page(Model model, Reviewer reviewer, UUID id, CaseFiles.Shown full, FormErrors errors) {
        CaseFile file = files.of(reviewer, id, full);
        model.addAttribute("file", file);
        model.addAttribute("c", file.view());
        model.addAttribute("acts", CaseActs.of(reviewer, file.view()));
        model.addAttribute("errors", errors);
        model.addAttribute("unmaskReasons", UnmaskReason.values());
        model.addAttribute("nonAcceptanceReasons", NonAcceptanceReason.values());
        model.addAttribute("refusalReasons", RefusalReason.values());
        model.addAttribute("correctableFields", CorrectableFields.PATHS);
        model.addAttribute("colleagues", assignments.colleagues(reviewer));
        model.addAttribute(
                "assignee", assignments.assignee(id).map(accounts::usernameOf).orElse(null));
        return TEMPLATE;
    }
}
