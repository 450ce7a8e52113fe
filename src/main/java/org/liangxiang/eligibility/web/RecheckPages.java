package org.liangxiang.eligibility.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.liangxiang.account.SignedInStaff;
import org.liangxiang.account.StaffRole;
import org.liangxiang.eligibility.NotFoundException;
import org.liangxiang.eligibility.ProposalFilter;
import org.liangxiang.eligibility.ProposalKind;
import org.liangxiang.eligibility.ProposalSearch;
import org.liangxiang.eligibility.ProposalStatus;
import org.liangxiang.eligibility.RecheckProposal;
import org.liangxiang.eligibility.RecheckProposals;
import org.liangxiang.eligibility.Rechecks;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.web.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Re-check proposals waiting for the responsible county ({@code /staff/rechecks}): filtered and paged within the
 * jurisdiction, each with the person masked, the reason in plain words and the data its rule read; confirmed or
 * dismissed with a reason through {@link RecheckProposals}. The system administrator runs a re-check from {@code
 * /staff/admin/rechecks} (the last run and "run now").
 */
@Controller
class RecheckPages {

    private final ProposalSearch search;
    private final RecheckProposals proposals;
    private final Rechecks rechecks;
    private final Regions regions;

    RecheckPages(ProposalSearch search, RecheckProposals proposals, Rechecks rechecks, Regions regions) {
        this.search = search;
        this.proposals = proposals;
        this.rechecks = rechecks;
        this.regions = regions;
    }

    @ModelAttribute("kinds")
    ProposalKind[] kinds() {
        return ProposalKind.values();
    }

    @ModelAttribute("subsidies")
    Subsidy[] subsidies() {
        return Subsidy.values();
    }

    @ModelAttribute("statuses")
    ProposalStatus[] statuses() {
        return ProposalStatus.values();
    }

    @GetMapping("/staff/rechecks")
    @PreAuthorize("hasAnyRole('CIVIL_AFFAIRS_APPROVER', 'FEDERATION_REVIEWER', 'COUNTY_SUPERVISOR')")
    String list(
            @AuthenticationPrincipal SignedInStaff staff,
            @RequestParam(defaultValue = "PENDING") String status,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String subsidy,
            @RequestParam(defaultValue = "") String region,
            @RequestParam(defaultValue = "0") int page,
            Model model,
            Locale locale) {
        FormErrors errors = FormErrors.none();
        String scope = "";
        if (!region.isBlank()) {
            scope = Scopes.within(regions, staff, region);
            if (scope == null) {
                errors = FormErrors.of(
                        new InvalidValueException(
                                "region",
                                "REGION_OUTSIDE_JURISDICTION",
                                "您的辖区内没有这个地区代码",
                                "No region with this code in your jurisdiction"),
                        locale);
            }
        }
        ProposalFilter filter = new ProposalFilter(
                constant(ProposalStatus.class, status),
                constant(ProposalKind.class, kind),
                constant(Subsidy.class, subsidy),
                scope == null ? "" : scope);
        model.addAttribute("filter", filter);
        model.addAttribute("region", region);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "result",
                errors.any()
                        ? new org.liangxiang.eligibility.ProposalPage(
                                java.util.List.of(), 0, 0, ProposalSearch.PAGE_SIZE)
                        : search.search(staff.jurisdiction(), filter, page));
        model.addAttribute("lastRun", search.latestRun().orElse(null));
        return "eligibility/rechecks";
    }

    @GetMapping("/staff/rechecks/{id}")
    @PreAuthorize("hasAnyRole('CIVIL_AFFAIRS_APPROVER', 'FEDERATION_REVIEWER', 'COUNTY_SUPERVISOR')")
    String proposal(@AuthenticationPrincipal SignedInStaff staff, @PathVariable UUID id, Model model) {
        return detail(staff, id, model, FormErrors.none(), "", "");
    }

    @PostMapping("/staff/rechecks/{id}")
    @PreAuthorize("hasAnyRole('CIVIL_AFFAIRS_APPROVER', 'FEDERATION_REVIEWER')")
    String decide(
            @AuthenticationPrincipal SignedInStaff staff,
            @PathVariable UUID id,
            @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String reason,
            Model model,
            Locale locale) {
        try {
            switch (decision) {
                case "CONFIRM" -> proposals.confirm(id, reason, staff);
                case "DISMISS" -> proposals.dismiss(id, reason, staff);
                default ->
                    throw new InvalidValueException(
                            "decision", "PROPOSAL_DECISION", "请选择确认或不予采纳", "Choose to confirm or to dismiss");
            }
            return "redirect:/staff/rechecks/" + id + "?decided";
        } catch (InvalidValueException e) {
            return detail(staff, id, model, FormErrors.of(e, locale), decision, reason);
        }
    }

    private String detail(
            SignedInStaff staff, UUID id, Model model, FormErrors errors, String decision, String reason) {
        RecheckProposal proposal =
                search.find(id, staff.jurisdiction()).orElseThrow(() -> new NotFoundException("proposal"));
        model.addAttribute("proposal", proposal);
        model.addAttribute("township", regions.namePath(proposal.townshipCode()));
        model.addAttribute("facts", search.dataUsed(proposal));
        model.addAttribute(
                "mayDecide",
                proposal.status() == ProposalStatus.PENDING
                        && (staff.role() == StaffRole.CIVIL_AFFAIRS_APPROVER
                                || staff.role() == StaffRole.FEDERATION_REVIEWER));
        model.addAttribute("decision", decision);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        return "eligibility/recheck";
    }

    @GetMapping("/staff/admin/rechecks")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String runs(Model model) {
        model.addAttribute("lastRun", search.latestRun().orElse(null));
        return "eligibility/recheck-runs";
    }

    @PostMapping("/staff/admin/rechecks")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    String runNow(@AuthenticationPrincipal SignedInStaff admin) {
        rechecks.run(ChinaTime.today(), "ON_DEMAND", admin.accountId().toString());
        return "redirect:/staff/admin/rechecks?ran";
    }

    /** The constant of the name, or null for a blank or unknown one (the filter then leaves it out). */
    static <E extends Enum<E>> E constant(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElse(null);
    }
}
