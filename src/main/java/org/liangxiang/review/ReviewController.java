package org.liangxiang.review;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.liangxiang.account.SignedInStaff;
import org.liangxiang.intake.CorrectionItem;
import org.liangxiang.policy.ReviewStep;
import org.liangxiang.review.notice.PublicNoticeList;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.Subsidy;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The staff review API: worklists and cases of the signed-in staff member's jurisdiction, and the acts on them. Every
 * act names {@code expectedVersion}, the case version it was based on (409 with the current state when stale).
 */
@RestController
@RequestMapping("/api/review")
@Tag(name = "Review", description = "Acceptance, forwarding, the review chain and decisions (受理、转办、初审、审核、公示、审定)")
class ReviewController {

    private final Reviews reviews;
    private final Worklists worklists;
    private final BulkCompletion bulk;
    private final PublicNotices publicNotices;

    ReviewController(Reviews reviews, Worklists worklists, BulkCompletion bulk, PublicNotices publicNotices) {
        this.reviews = reviews;
        this.worklists = worklists;
        this.bulk = bulk;
        this.publicNotices = publicNotices;
    }

    record Version(Long expectedVersion) {}

    record ReturnRequest(Long expectedVersion, List<CorrectionItem> items, String note) {}

    record NonAcceptanceRequest(Long expectedVersion, NonAcceptanceReason reason, String explanation) {}

    record StepRequest(Long expectedVersion, ReviewStep step) {}

    record RefusalRequest(Long expectedVersion, Subsidy subsidy, RefusalReason reason, String explanation) {}

    record DecisionRequest(Long expectedVersion, List<SubsidyDecision> decisions) {}

    record ObjectionRequest(Long expectedVersion, String note) {}

    record BulkRequest(ReviewStep step, List<CaseVersion> cases) {}

    @GetMapping("/worklists")
    @Operation(summary = "Every worklist of the staff member with its number of cases and of overdue cases")
    List<WorklistPage.Count> counts(@AuthenticationPrincipal SignedInStaff staff) {
        return worklists.counts(Reviewer.of(staff));
    }

    @GetMapping("/worklists/{worklist}")
    @Operation(
            summary = "One page of a worklist",
            description = "Open cases owned by townships of the jurisdiction, for the staff member's kind of office,"
                    + " by due date, with working days left and the overdue flag; DONE lists closed cases, latest"
                    + " first.")
    WorklistPage page(
            @AuthenticationPrincipal SignedInStaff staff,
            @Parameter(example = "TO_ACCEPT") @PathVariable Worklist worklist,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return worklists.page(Reviewer.of(staff), worklist, page, size);
    }

    @GetMapping("/cases/{id}")
    @Operation(summary = "A case: state, version, subsidies and outcomes, steps, due date, correction items")
    CaseView get(@AuthenticationPrincipal SignedInStaff staff, @PathVariable UUID id) {
        return worklists.get(Reviewer.of(staff), id);
    }

    @PostMapping("/cases/{id}/accept")
    @Operation(
            summary = "Accept (受理)",
            description = "Township clerk of the receiving township. Leads to forwarding when the household"
                    + " registration is in another county or province, else to the first step of the chain.")
    CaseSummary accept(@AuthenticationPrincipal SignedInStaff staff, @PathVariable UUID id, @RequestBody Version body) {
        return reviews.accept(Reviewer.of(staff), id, version(body.expectedVersion()));
    }

    @PostMapping("/cases/{id}/return")
    @Operation(
            summary = "Return for correction (补正)",
            description = "At acceptance or any step: names every material (MATERIAL, a guide material type) or"
                    + " field (FIELD, an application field path) to correct, with a note. The clock stops until the"
                    + " applicant resubmits; uncorrected past the correction due date, the application lapses.")
    CaseSummary returnForCorrection(
            @AuthenticationPrincipal SignedInStaff staff, @PathVariable UUID id, @RequestBody ReturnRequest body) {
        return reviews.returnForCorrection(
                Reviewer.of(staff), id, version(body.expectedVersion()), body.items(), body.note());
    }

    @PostMapping("/cases/{id}/refuse-acceptance")
    @Operation(summary = "Refuse acceptance (不予受理) with a reason; OTHER needs an explanation")
    CaseSummary refuseAcceptance(
            @AuthenticationPrincipal SignedInStaff staff,
            @PathVariable UUID id,
            @RequestBody NonAcceptanceRequest body) {
        return reviews.refuseAcceptance(
                Reviewer.of(staff), id, version(body.expectedVersion()), body.reason(), body.explanation());
    }

    @PostMapping("/cases/{id}/forward")
    @Operation(summary = "Forward to the household-registration township (转办), which owns the case from then on")
    CaseSummary forward(
            @AuthenticationPrincipal SignedInStaff staff, @PathVariable UUID id, @RequestBody Version body) {
        return reviews.forward(Reviewer.of(staff), id, version(body.expectedVersion()));
    }

    @PostMapping("/cases/{id}/complete-step")
    @Operation(
            summary = "Complete the current step",
            description = "Township check or federation review by its office; the case moves on (into public notice"
                    + " where the chain has one). At the civil-affairs decision: approves every pending subsidy."
                    + " step, when given, must be the current step.")
    CaseSummary completeStep(
            @AuthenticationPrincipal SignedInStaff staff, @PathVariable UUID id, @RequestBody StepRequest body) {
        return reviews.completeStep(Reviewer.of(staff), id, version(body.expectedVersion()), body.step());
    }

    @PostMapping("/cases/{id}/refuse-subsidy")
    @Operation(summary = "Refuse one subsidy at the current step (reason + explanation); the other goes on")
    CaseSummary refuseSubsidy(
            @AuthenticationPrincipal SignedInStaff staff, @PathVariable UUID id, @RequestBody RefusalRequest body) {
        return reviews.refuseSubsidy(
                Reviewer.of(staff),
                id,
                version(body.expectedVersion()),
                body.subsidy(),
                body.reason(),
                body.explanation());
    }

    @PostMapping("/cases/{id}/decide")
    @Operation(
            summary = "Decide per subsidy (审定)",
            description = "Civil-affairs approver: approve (amount and start month from the policy in force) or"
                    + " refuse each subsidy; the case is decided when none is pending.")
    CaseSummary decide(
            @AuthenticationPrincipal SignedInStaff staff, @PathVariable UUID id, @RequestBody DecisionRequest body) {
        return reviews.decide(Reviewer.of(staff), id, version(body.expectedVersion()), body.decisions());
    }

    @PostMapping("/cases/{id}/objections")
    @Operation(summary = "Record an objection raised during public notice; the case goes back to the step before")
    CaseSummary objection(
            @AuthenticationPrincipal SignedInStaff staff, @PathVariable UUID id, @RequestBody ObjectionRequest body) {
        return reviews.recordObjection(Reviewer.of(staff), id, version(body.expectedVersion()), body.note());
    }

    @PostMapping("/cases/{id}/end-notice")
    @Operation(summary = "End the public notice once its period is over; the case moves to the next step")
    CaseSummary endNotice(
            @AuthenticationPrincipal SignedInStaff staff, @PathVariable UUID id, @RequestBody Version body) {
        return reviews.endNotice(Reviewer.of(staff), id, version(body.expectedVersion()));
    }

    @PostMapping("/bulk/complete-step")
    @Operation(
            summary = "Complete one step for many cases (bulk approval at the decision)",
            description = "Each case is checked and recorded in its own transaction; the answer lists per case"
                    + " whether it was done, or the status and rule why not.")
    List<BulkResult> bulk(@AuthenticationPrincipal SignedInStaff staff, @RequestBody BulkRequest body) {
        return bulk.completeStep(Reviewer.of(staff), body.step(), body.cases());
    }

    @GetMapping("/public-notices")
    @Operation(
            summary = "The public-notice lists of the jurisdiction (公示名单)",
            description = "One list per township and notice period: names and resident ids masked, the subsidies"
                    + " proposed, the disability level, where objections go and by when.")
    List<PublicNoticeList> publicNotices(@AuthenticationPrincipal SignedInStaff staff) {
        return publicNotices.lists(Reviewer.of(staff));
    }

    @GetMapping(value = "/public-notices/{township}/{from}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "One township's public-notice list for the period starting on {from}, as a printable PDF")
    ResponseEntity<byte[]> publicNoticePdf(
            @AuthenticationPrincipal SignedInStaff staff,
            @PathVariable String township,
            @PathVariable LocalDate from,
            Locale locale) {
        byte[] pdf = publicNotices.pdf(Reviewer.of(staff), township, from, locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"public-notice-" + township + ".pdf\"")
                .body(pdf);
    }

    private static long version(Long expected) {
        if (expected == null) {
            throw new InvalidValueException(
                    "expectedVersion", "VERSION_REQUIRED", "请提供所依据的案件版本号", "Name the case version the act is based on");
        }
        return expected;
    }
}
