package org.liangxiang.eligibility;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liangxiang.account.SignedInStaff;
import org.liangxiang.shared.ChinaTime;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Re-checks on demand (system administrator) and the proposals the responsible county confirms or dismisses. */
@RestController
@RequestMapping(path = "/api/eligibility", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Eligibility: re-checks", description = "定期复核: proposals wait for the county's confirmation")
class RecheckController {

    private final Rechecks rechecks;
    private final RecheckProposals proposals;

    RecheckController(Rechecks rechecks, RecheckProposals proposals) {
        this.rechecks = rechecks;
        this.proposals = proposals;
    }

    @PostMapping("/rechecks")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "Re-check every current beneficiary now (as the monthly job does)")
    RecheckRun run(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @AuthenticationPrincipal SignedInStaff staff) {
        return rechecks.run(
                date == null ? ChinaTime.today() : date,
                "ON_DEMAND",
                staff.accountId().toString());
    }

    @GetMapping("/proposals")
    @PreAuthorize("hasAnyRole('CIVIL_AFFAIRS_APPROVER', 'FEDERATION_REVIEWER', 'COUNTY_SUPERVISOR')")
    @Operation(summary = "Proposals within the jurisdiction, oldest first")
    List<RecheckProposal> list(
            @RequestParam(defaultValue = "PENDING") ProposalStatus status,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(defaultValue = "0") int offset,
            @AuthenticationPrincipal SignedInStaff staff) {
        return proposals.list(staff.jurisdiction(), status, limit, offset);
    }

    record Decision(String reason) {}

    @PostMapping(path = "/proposals/{id}/confirm", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('CIVIL_AFFAIRS_APPROVER', 'FEDERATION_REVIEWER')")
    @Operation(summary = "Confirm a proposal (payment acts on it); a reason is required")
    RecheckProposal confirm(
            @PathVariable UUID id, @RequestBody Decision decision, @AuthenticationPrincipal SignedInStaff staff) {
        return proposals.confirm(id, decision.reason(), staff);
    }

    @PostMapping(path = "/proposals/{id}/dismiss", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('CIVIL_AFFAIRS_APPROVER', 'FEDERATION_REVIEWER')")
    @Operation(summary = "Dismiss a proposal; a reason is required")
    RecheckProposal dismiss(
            @PathVariable UUID id, @RequestBody Decision decision, @AuthenticationPrincipal SignedInStaff staff) {
        return proposals.dismiss(id, decision.reason(), staff);
    }
}
