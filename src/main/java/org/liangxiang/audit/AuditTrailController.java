package org.liangxiang.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit administrator's pages: search the trail by object, actor, type and date, a page at a time, and check the
 * trail's integrity (the result of {@link AuditVerification}, recorded like the JSON check). Reading the trail is itself
 * recorded ({@code AUDIT_SEARCHED}, with the criteria).
 */
@Controller
@PreAuthorize("hasRole('AUDIT_ADMIN')")
class AuditTrailController {

    private final AuditSearch search;
    private final AuditVerification verification;
    private final AuditTrail trail;

    AuditTrailController(AuditSearch search, AuditVerification verification, AuditTrail trail) {
        this.search = search;
        this.verification = verification;
        this.trail = trail;
    }

    @GetMapping("/staff/audit")
    String search(
            @RequestParam(defaultValue = "") String objectType,
            @RequestParam(defaultValue = "") String objectId,
            @RequestParam(defaultValue = "") String actorId,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "0") int page,
            Principal principal,
            HttpServletRequest request,
            Locale locale,
            Model model) {
        model.addAttribute("criteria", new Criteria(objectType, objectId, actorId, type, from, to));
        model.addAttribute("types", search.types());
        try {
            AuditQuery query = new AuditQuery(objectType, objectId, actorId, type, date("from", from), date("to", to));
            model.addAttribute("result", search.search(query, page));
            model.addAttribute("errors", FormErrors.none());
            trail.recordAlone(AuditEntry.of("AUDIT_SEARCHED", principal.getName())
                    .withActor("AUDIT_ADMIN", null)
                    .withObject("AUDIT_TRAIL", "audit_record")
                    .withReason(describe(query) + " page=" + page)
                    .from(request.getRemoteAddr()));
        } catch (InvalidValueException | InvalidInputException e) {
            model.addAttribute("result", null);
            model.addAttribute("errors", FormErrors.of(e, locale));
        }
        return "audit/trail";
    }

    @GetMapping("/staff/audit/check")
    String check(Principal principal, HttpServletRequest request, Model model) {
        AuditVerificationResult result = verification.verify();
        trail.recordAlone(AuditEntry.of("AUDIT_VERIFIED", principal.getName())
                .withActor("AUDIT_ADMIN", null)
                .withObject("AUDIT_TRAIL", "audit_record")
                .withChange(
                        null,
                        result.ok()
                                ? "INTACT"
                                : result.problem().kind() + "@"
                                        + result.problem().seq())
                .from(request.getRemoteAddr()));
        model.addAttribute("result", result);
        return "audit/check";
    }

    /** The search form as typed, to show it again. */
    record Criteria(String objectType, String objectId, String actorId, String type, String from, String to) {}

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            List<InvalidValueException> errors = new ArrayList<>();
            errors.add(new InvalidValueException(
                    field, "DATE_FORMAT", "日期格式应为 年-月-日，例如 2026-12-01", "The date should be like 2026-12-01"));
            throw new InvalidInputException(errors);
        }
    }

    private static String describe(AuditQuery q) {
        return "objectType=" + q.objectType() + " objectId=" + q.objectId() + " actorId=" + q.actorId() + " type="
                + q.type() + " from=" + q.from() + " to=" + q.to();
    }
}
