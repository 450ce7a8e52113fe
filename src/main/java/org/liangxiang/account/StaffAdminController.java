package org.liangxiang.account;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The system administrator's pages for staff accounts ({@code /staff/admin/accounts}), over {@link StaffAdministration}. */
@Controller
class StaffAdminController {

    private final StaffAdministration administration;
    private final StaffAccounts staff;
    private final Regions regions;

    StaffAdminController(StaffAdministration administration, StaffAccounts staff, Regions regions) {
        this.administration = administration;
        this.staff = staff;
        this.regions = regions;
    }

    @ModelAttribute("roles")
    StaffRole[] roles() {
        return StaffRole.values();
    }

    @GetMapping("/staff/admin/accounts")
    String list(
            @AuthenticationPrincipal SignedInStaff admin,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("q", q);
        model.addAttribute("role", role);
        model.addAttribute("result", administration.list(admin, q, role(role), page));
        return "account/admin-accounts";
    }

    @GetMapping("/staff/admin/accounts/new")
    String newForm(Model model) {
        model.addAttribute("form", AccountForm.empty());
        model.addAttribute("errors", FormErrors.none());
        return "account/admin-account-new";
    }

    @PostMapping("/staff/admin/accounts")
    String create(@AuthenticationPrincipal SignedInStaff admin, AccountForm form, Model model, Locale locale) {
        try {
            UUID id = administration.create(form.account(), admin);
            return "redirect:/staff/admin/accounts/" + id + "?created";
        } catch (InvalidValueException | org.liangxiang.shared.InvalidInputException e) {
            model.addAttribute("form", form.withoutPassword());
            model.addAttribute("errors", FormErrors.of(e, locale));
            return "account/admin-account-new";
        }
    }

    @GetMapping("/staff/admin/accounts/{id}")
    String account(@AuthenticationPrincipal SignedInStaff admin, @PathVariable UUID id, Model model) {
        return detail(admin, id, model, FormErrors.none());
    }

    @PostMapping("/staff/admin/accounts/{id}/role")
    String changeRole(
            @AuthenticationPrincipal SignedInStaff admin,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String role,
            @RequestParam(defaultValue = "") String jurisdiction,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            Locale locale) {
        return act(
                admin, id, model, locale, () -> administration.changeRole(id, role(role), jurisdiction, reason, admin));
    }

    @PostMapping("/staff/admin/accounts/{id}/status")
    String status(
            @AuthenticationPrincipal SignedInStaff admin,
            @PathVariable UUID id,
            @RequestParam boolean enabled,
            @RequestParam(name = "statusReason", defaultValue = "") String reason,
            Model model,
            Locale locale) {
        return act(admin, id, model, locale, () -> {
            try {
                administration.setEnabled(id, enabled, reason, admin);
            } catch (InvalidValueException e) {
                throw "reason".equals(e.field()) ? e.forField("statusReason") : e;
            }
        });
    }

    @PostMapping("/staff/admin/accounts/{id}/unlock")
    String unlock(@AuthenticationPrincipal SignedInStaff admin, @PathVariable UUID id, Model model, Locale locale) {
        return act(admin, id, model, locale, () -> administration.unlock(id, admin));
    }

    @PostMapping("/staff/admin/accounts/{id}/second-factor/reset")
    String resetSecondFactor(
            @AuthenticationPrincipal SignedInStaff admin, @PathVariable UUID id, Model model, Locale locale) {
        return act(admin, id, model, locale, () -> administration.resetSecondFactor(id, admin));
    }

    private String act(SignedInStaff admin, UUID id, Model model, Locale locale, Runnable action) {
        try {
            action.run();
            return "redirect:/staff/admin/accounts/" + id + "?saved";
        } catch (InvalidValueException | org.liangxiang.shared.InvalidInputException e) {
            return detail(admin, id, model, FormErrors.of(e, locale));
        }
    }

    private String detail(SignedInStaff admin, UUID id, Model model, FormErrors errors) {
        StaffAccountRow account =
                administration.find(admin, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("account", account);
        model.addAttribute("maskedName", org.liangxiang.shared.crypto.Masking.name(staff.fullNameOf(id)));
        model.addAttribute("jurisdictionName", regions.namePath(account.jurisdiction()));
        model.addAttribute("own", admin.accountId().equals(id));
        model.addAttribute("errors", errors);
        return "account/admin-account";
    }

    /** The role of a name, or null for a blank or unknown one (the service then refuses it naming the field). */
    static StaffRole role(String name) {
        return Arrays.stream(StaffRole.values())
                .filter(r -> r.name().equals(name))
                .findFirst()
                .orElse(null);
    }
}
