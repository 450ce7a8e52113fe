package org.liangxiang.region;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.liangxiang.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The system administrator's page for the offices serving townships ({@code /staff/admin/offices}): look up a township's
 * offices, assign the office of a kind for a region's townships, or return them to the default. The same service calls
 * as {@code PUT/DELETE /api/regions/{code}/offices/{kind}}, with the API's messages shown beside the fields.
 */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class OfficeAdminController {

    private final Regions regions;
    private final MessageSource messages;

    OfficeAdminController(Regions regions, MessageSource messages) {
        this.regions = regions;
        this.messages = messages;
    }

    /** The assignment form as typed. */
    record AssignmentForm(String regionCode, String kind, String servingRegionCode, String displayName) {

        static AssignmentForm empty() {
            return new AssignmentForm("", "COUNTY_FEDERATION", "", "");
        }
    }

    @GetMapping("/staff/admin/offices")
    String page(@RequestParam(defaultValue = "") String township, Model model, Locale locale) {
        FormErrors errors = FormErrors.none();
        List<Office> offices = List.of();
        if (!township.isBlank()) {
            try {
                offices = regions.officesFor(township.strip());
            } catch (InvalidRegionCodeException | UnknownRegionException e) {
                errors = errors(e, "township", locale);
            }
        }
        return show(model, township, offices, AssignmentForm.empty(), errors);
    }

    @PostMapping("/staff/admin/offices/assign")
    String assign(AssignmentForm form, Principal principal, Model model, Locale locale) {
        try {
            OfficeKind kind = kind(form.kind());
            regions.assignOffice(
                    code(form.regionCode(), "regionCode"),
                    kind,
                    code(form.servingRegionCode(), "servingRegionCode"),
                    blankToNull(form.displayName()),
                    principal.getName());
            return "redirect:/staff/admin/offices?saved";
        } catch (FieldRefusal e) {
            return show(model, "", List.of(), form, errors(e.getCause(), e.field, locale));
        } catch (InvalidRegionCodeException e) {
            String serving = form.servingRegionCode() == null
                    ? ""
                    : form.servingRegionCode().strip();
            String field = e.value().equals(serving) ? "servingRegionCode" : "regionCode";
            return show(model, "", List.of(), form, errors(e, field, locale));
        }
    }

    @PostMapping("/staff/admin/offices/clear")
    String clear(
            @RequestParam(defaultValue = "") String regionCode,
            @RequestParam(defaultValue = "") String kind,
            Principal principal,
            Model model,
            Locale locale) {
        try {
            regions.clearOffice(code(regionCode, "clearRegionCode"), kind(kind), principal.getName());
            return "redirect:/staff/admin/offices?cleared";
        } catch (FieldRefusal e) {
            return show(model, "", List.of(), AssignmentForm.empty(), errors(e.getCause(), e.field, locale));
        }
    }

    private String show(Model model, String township, List<Office> offices, AssignmentForm form, FormErrors errors) {
        model.addAttribute("township", township);
        model.addAttribute("townshipName", offices.isEmpty() ? null : regions.namePath(township.strip()));
        model.addAttribute("offices", offices);
        model.addAttribute("form", form);
        model.addAttribute("kinds", OfficeKind.values());
        model.addAttribute("errors", errors);
        return "region/admin-offices";
    }

    /** The code, checked to exist, or a refusal naming the form's field. */
    private String code(String value, String field) {
        try {
            return regions.get(value == null ? "" : value.strip()).code();
        } catch (InvalidRegionCodeException | UnknownRegionException e) {
            throw new FieldRefusal(field, e);
        }
    }

    private static OfficeKind kind(String value) {
        try {
            return OfficeKind.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new FieldRefusal(
                    "kind",
                    new InvalidRegionCodeException(
                            "kind", String.valueOf(value), InvalidRegionCodeException.Rule.LEVEL));
        }
    }

    /** The API's message for the refusal (region.problem.*), against the page's field. */
    private FormErrors errors(RuntimeException e, String field, Locale locale) {
        if (e instanceof UnknownRegionException unknown) {
            return FormErrors.of(
                    field,
                    "unknown-code",
                    messages.getMessage("region.problem.unknownCode", new Object[] {unknown.code()}, locale));
        }
        InvalidRegionCodeException invalid = (InvalidRegionCodeException) e;
        String rule = invalid.rule().name().toLowerCase(Locale.ROOT);
        String label = messages.getMessage("region.admin.field." + field, null, locale);
        return FormErrors.of(
                field,
                rule,
                messages.getMessage("region.problem.code." + rule, new Object[] {label, invalid.value()}, locale));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A refusal of one form field. */
    private static final class FieldRefusal extends RuntimeException {

        private static final long serialVersionUID = 1L;
        private final String field;

        FieldRefusal(String field, RuntimeException cause) {
            super(cause);
            this.field = field;
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }
}
