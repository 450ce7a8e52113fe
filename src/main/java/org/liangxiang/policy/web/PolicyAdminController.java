package org.liangxiang.policy.web;

import java.security.Principal;
import java.util.Locale;
import org.liangxiang.policy.NewPolicyVersion;
import org.liangxiang.policy.Policies;
import org.liangxiang.policy.PolicyFields;
import org.liangxiang.policy.VersionPages;
import org.liangxiang.policy.VersionRules;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.web.FormErrors;
import org.liangxiang.shared.web.SettingsText;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The system administrator's page for regional policy ({@code /staff/admin/policy}): a region's own versions and a new
 * version, the settings typed one {@code key = value} a line. The same service as {@code POST /api/policy/versions};
 * its refusals are shown against the fields (a setting's against the settings). The page's common part is
 * {@link VersionPages}'s.
 */
@Controller
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
class PolicyAdminController {

    private final Policies policies;
    private final MessageSource messages;

    PolicyAdminController(Policies policies, MessageSource messages) {
        this.policies = policies;
        this.messages = messages;
    }

    @GetMapping("/staff/admin/policy")
    String page(@RequestParam(defaultValue = "410000") String region, Model model, Locale locale) {
        VersionPages.Form form =
                VersionPages.Form.empty(region, policies.today().plusDays(1).toString());
        return show(model, form, FormErrors.none(), locale);
    }

    @PostMapping("/staff/admin/policy")
    String create(VersionPages.Form form, Principal principal, Model model, Locale locale) {
        try {
            policies.create(
                    new NewPolicyVersion(
                            VersionRules.parseRegion("region", form.region()),
                            VersionRules.parseDate("effectiveFrom", form.effectiveFrom(), null),
                            SettingsText.parse("settings", form.settings()),
                            form.note()),
                    principal.getName());
            return "redirect:/staff/admin/policy?saved&region=" + form.region().strip();
        } catch (InvalidValueException | InvalidInputException e) {
            return show(model, form, VersionPages.onPage(FormErrors.of(e, locale)), locale);
        }
    }

    private String show(Model model, VersionPages.Form form, FormErrors errors, Locale locale) {
        VersionPages.show(model, form, errors, locale, policies::versions);
        model.addAttribute(
                "fields",
                PolicyFields.all().stream()
                        .map(f -> PolicyViews.Field.of(f, messages))
                        .toList());
        return "policy/admin-policy";
    }
}
