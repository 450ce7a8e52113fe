package org.liangxiang.guide.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.liangxiang.guide.MaterialType;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.policy.SettingsVersion;
import org.liangxiang.policy.VersionRules;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.web.FormErrors;
import org.liangxiang.shared.web.SettingsText;
import org.liangxiang.shared.web.Violation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The system administrator's page for the required materials ({@code /staff/admin/guides}): a region's own versions of
 * the material rules and a new version, one {@code materials.<subsidy>.<situation>.<material> = <requirement>} a line.
 * The same service as {@code POST /api/guides/materials/versions}; the published guide follows from it. (Contacts and
 * summaries, {@code PUT /api/guides/{region}/content}, have no page yet: use the API.)
 */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class GuideAdminController {

    private final RequiredMaterials materials;

    GuideAdminController(RequiredMaterials materials) {
        this.materials = materials;
    }

    record VersionForm(String region, String effectiveFrom, String settings, String note) {}

    record VersionRow(String effectiveFrom, long sequence, String settings, String note) {

        static VersionRow of(SettingsVersion v) {
            return new VersionRow(
                    v.effectiveFrom().toString(), v.sequence(), SettingsText.format(v.settings()), v.note());
        }
    }

    @GetMapping("/staff/admin/guides")
    String page(@RequestParam(defaultValue = "410000") String region, Model model, Locale locale) {
        String tomorrow = org.liangxiang.shared.ChinaTime.today().plusDays(1).toString();
        return show(model, new VersionForm(region, tomorrow, "", ""), FormErrors.none(), locale);
    }

    @PostMapping("/staff/admin/guides")
    String create(VersionForm form, Principal principal, Model model, Locale locale) {
        try {
            materials.createVersion(
                    VersionRules.parseRegion("region", form.region()),
                    VersionRules.parseDate("effectiveFrom", form.effectiveFrom(), null),
                    SettingsText.parse("settings", form.settings()),
                    form.note(),
                    principal.getName());
            return "redirect:/staff/admin/guides?saved&region=" + form.region().strip();
        } catch (InvalidValueException | InvalidInputException e) {
            return show(model, form, onPage(FormErrors.of(e, locale)), locale);
        }
    }

    private String show(Model model, VersionForm form, FormErrors errors, Locale locale) {
        List<VersionRow> versions = List.of();
        try {
            versions = materials.versions(VersionRules.parseRegion("region", form.region())).stream()
                    .map(VersionRow::of)
                    .toList();
        } catch (InvalidValueException e) {
            if (!errors.has("region")) {
                errors = FormErrors.of(e, locale);
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("versions", versions);
        model.addAttribute("materialTypes", MaterialType.values());
        model.addAttribute("errors", errors);
        return "guide/admin-guides";
    }

    private static FormErrors onPage(FormErrors errors) {
        return new FormErrors(errors.violations().stream()
                .map(v -> v.field().startsWith("settings") || v.field().startsWith("materials")
                        ? new Violation(
                                "settings",
                                v.rule(),
                                v.field().equals("settings") ? v.message() : v.field() + ": " + v.message())
                        : v)
                .toList());
    }
}
