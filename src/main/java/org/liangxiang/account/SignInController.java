package org.liangxiang.account;

import org.liangxiang.region.Regions;
import org.liangxiang.shared.crypto.Masking;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The two sign-in pages and the first page each kind of account lands on. */
@Controller
class SignInController {

    private final ApplicantAccounts applicants;
    private final StaffAccounts staff;
    private final Regions regions;

    SignInController(ApplicantAccounts applicants, StaffAccounts staff, Regions regions) {
        this.applicants = applicants;
        this.staff = staff;
        this.regions = regions;
    }

    @GetMapping("/login")
    String applicantSignIn(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("signInFailed", error != null);
        return "account/login";
    }

    @GetMapping("/staff/login")
    String staffSignIn(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("signInFailed", error != null);
        return "account/staff-login";
    }

    @GetMapping("/staff")
    String staffHome(@AuthenticationPrincipal SignedInStaff member, Model model) {
        model.addAttribute("maskedName", Masking.name(staff.fullNameOf(member.accountId())));
        model.addAttribute("role", member.role());
        model.addAttribute("jurisdiction", member.jurisdiction());
        model.addAttribute("jurisdictionName", regions.namePath(member.jurisdiction()));
        return "account/staff-home";
    }
}
