package org.liangxiang.guide.web;

import java.security.Principal;
import java.util.Locale;
import org.liangxiang.guide.MaterialType;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.policy.VersionPages;
import org.liangxiang.policy.VersionRules;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.web.FormErrors;
import org.liangxiang.shared.web.SettingsText;
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
 * summaries, {@code PUT /api/guides/{region}/content}, have no page yet: use the API.) The page's common part is
 * policy's {@link VersionPages}, as for the policy page.
 */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class GuideAdminController {

    private final RequiredMaterials materials;

    GuideAdminController(RequiredMaterials materials) {
        this.materials = materials;
    }

    @GetMapping("/staff/admin/guides")
    String page(@RequestParam(defaultValue = "410000") String region, Model model, Locale locale) {
        VersionPages.Form form =
                VersionPages.Form.empty(region, ChinaTime.today().plusDays(1).toString());
        return show(model, form, FormErrors.none(), locale);
    }

    @PostMapping("/staff/admin/guides")
    String create(VersionPages.Form form, Principal principal, Model model, Locale locale) {
        try {
            materials.createVersion(
                    VersionRules.parseRegion("region", form.region()),
                    VersionRules.parseDate("effectiveFrom", form.effectiveFrom(), null),
                    SettingsText.parse("settings", form.settings()),
                    form.note(),
                    principal.getName());
            return "redirect:/staff/admin/guides?saved&region=" + form.region().strip();
        } catch (InvalidValueException | InvalidInputException e) {
            return show(model, form, VersionPages.onPage(FormErrors.of(e, locale), "materials"), locale);
        }
    }

    private String show(Model model, VersionPages.Form form, FormErrors errors, Locale locale) {
        VersionPages.show(model, form, errors, locale, materials::versions);
        model.addAttribute("materialTypes", MaterialType.values());
        return "guide/admin-guides";
    }
}
