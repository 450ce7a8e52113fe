package org.liangxiang.policy.web;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.liangxiang.policy.NewPolicyVersion;
import org.liangxiang.policy.Policies;
import org.liangxiang.policy.PolicyFields;
import org.liangxiang.policy.SettingsVersion;
import org.liangxiang.policy.VersionRules;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.web.FormErrors;
import org.liangxiang.shared.web.SettingsText;
import org.liangxiang.shared.web.Violation;
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
 * its refusals are shown against the fields (a setting's against the settings).
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

    /** The new-version form as typed. */
    record VersionForm(String region, String effectiveFrom, String settings, String note) {}

    /** A version as the page lists it: the settings as text lines. */
    record VersionRow(String effectiveFrom, long sequence, String settings, String note, String createdBy) {

        static VersionRow of(SettingsVersion v) {
            return new VersionRow(
                    v.effectiveFrom().toString(),
                    v.sequence(),
                    SettingsText.format(v.settings()),
                    v.note(),
                    v.createdBy());
        }
    }

    @GetMapping("/staff/admin/policy")
    String page(@RequestParam(defaultValue = "410000") String region, Model model, Locale locale) {
        VersionForm form = new VersionForm(region, policies.today().plusDays(1).toString(), "", "");
        return show(model, form, FormErrors.none(), locale);
    }

    @PostMapping("/staff/admin/policy")
    String create(VersionForm form, Principal principal, Model model, Locale locale) {
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
            return show(model, form, onPage(FormErrors.of(e, locale)), locale);
        }
    }

    private String show(Model model, VersionForm form, FormErrors errors, Locale locale) {
        List<VersionRow> versions = List.of();
        try {
            versions = policies.versions(VersionRules.parseRegion("region", form.region())).stream()
                    .map(VersionRow::of)
                    .toList();
        } catch (InvalidValueException e) {
            if (!errors.has("region")) {
                errors = FormErrors.of(e, locale);
            }
        }
        model.addAttribute("form", form);
        model.addAttribute("versions", versions);
        model.addAttribute(
                "fields",
                PolicyFields.all().stream()
                        .map(f -> PolicyViews.Field.of(f, messages))
                        .toList());
        model.addAttribute("errors", errors);
        return "policy/admin-policy";
    }

    /** A refusal of a setting ({@code settings.<key>}) goes against the settings field. */
    static FormErrors onPage(FormErrors errors) {
        return new FormErrors(errors.violations().stream()
                .map(v -> v.field().startsWith("settings")
                        ? new Violation(
                                "settings",
                                v.rule(),
                                v.field().equals("settings")
                                        ? v.message()
                                        : v.field().substring("settings.".length()) + ": " + v.message())
                        : v)
                .toList());
    }
}
