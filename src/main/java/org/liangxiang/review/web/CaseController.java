package org.liangxiang.review.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.liangxiang.account.SignedInStaff;
import org.liangxiang.account.StaffAccounts;
import org.liangxiang.intake.CorrectableFields;
import org.liangxiang.review.CaseAssignments;
import org.liangxiang.review.CaseConflictException;
import org.liangxiang.review.CaseSummary;
import org.liangxiang.review.NonAcceptanceReason;
import org.liangxiang.review.NotYourActException;
import org.liangxiang.review.RefusalReason;
import org.liangxiang.review.Reviewer;
import org.liangxiang.shared.web.FormErrors;
import org.liangxiang.shared.web.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The case page ({@code /staff/cases/{id}}) and its acts. Each act posts the version the page showed; a refusal shows
 * the page again with the error summary (400), "not your act" (403), or, when the case changed meanwhile (409), "this
 * case has changed; here it is now" with the case as it is now and nothing recorded. After an act: back to the case.
 */
@Controller
@RequestMapping("/staff/cases/{id}")
class CaseController {

    static final String TEMPLATE = "review/work/case";

    private final CaseFiles files;
    private final CaseActTable table;
    private final PersonUnmasking unmasking;
    private final CaseAssignments assignments;
    private final StaffAccounts accounts;

    CaseController(
            CaseFiles files,
            CaseActTable table,
            PersonUnmasking unmasking,
            CaseAssignments assignments,
            StaffAccounts accounts) {
        this.files = files;
        this.table = table;
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

    /**
     * Every act of the case page ({@code POST /staff/cases/{id}/<act>}, see {@link CaseActTable}): reads the act's form,
     * calls the service and goes back to the case, or shows the refusal on the page.
     */
    @PostMapping("/{act:[a-z-]+}")
    String act(
            @AuthenticationPrincipal SignedInStaff staff,
            @PathVariable UUID id,
            @PathVariable("act") String path,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        CaseActTable.Act act = table.find(path).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Reviewer r = Reviewer.of(staff);
        return act(
                r,
                id,
                act.done(),
                model,
                locale,
                response,
                () -> act.call().run(r, id, ActForms.version(form.getFirst("expectedVersion")), form));
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
            model.addAttribute("refusedAct", CaseActTable.formOf(done));
            return page(model, reviewer, id, CaseFiles.Shown.MASKED, FormErrors.none());
        } catch (NotYourActException e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("notYours", true);
            return page(model, reviewer, id, CaseFiles.Shown.MASKED, FormErrors.none());
        } catch (IllegalArgumentException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return page(
                    model,
                    reviewer,
                    id,
                    CaseFiles.Shown.MASKED,
                    onForm(CaseActTable.formOf(done), FormErrors.of(e, locale)));
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
