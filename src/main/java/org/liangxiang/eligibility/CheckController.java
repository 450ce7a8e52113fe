package org.liangxiang.eligibility;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liangxiang.account.SignedInStaff;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.ResidentId;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff check a person against the reference data (the resident id travels in the body, never in a URL). */
@RestController
@RequestMapping(path = "/api/eligibility", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Eligibility: checks and evidence reports", description = "Rules over reference data; never a decision")
@PreAuthorize("hasAnyRole('TOWNSHIP_CLERK', 'STAFF_ASSISTANT', 'FEDERATION_REVIEWER', 'CIVIL_AFFAIRS_APPROVER')")
class CheckController {

    private final EvidenceReports reports;
    private final Jurisdiction jurisdiction;

    CheckController(EvidenceReports reports, Jurisdiction jurisdiction) {
        this.reports = reports;
        this.jurisdiction = jurisdiction;
    }

    /** Who to check, where (the household-registration region whose policy applies) and on which date. */
    record CheckRequest(
            @Schema(example = "410102199003071234") String residentId,

            @Schema(nullable = true, description = "if given, the report says whether it is on the register")
            String certificateNumber,

            @Schema(example = "410102001") String region,

            @Schema(nullable = true, description = "default: today (China)")
            LocalDate date) {}

    record CheckResponse(List<EvidenceReport> reports) {}

    @PostMapping(path = "/check", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The evidence report for both subsidies",
            description = "Runs every rule in force for the region on the date over the reference data loaded. Each"
                    + " rule: PASS, FAIL with a reason code, or CANNOT_TELL with what is missing, with the facts used"
                    + " and when they were loaded. Stored and audited as a look-up.")
    CheckResponse check(@RequestBody CheckRequest request, @AuthenticationPrincipal SignedInStaff staff) {
        if (request.residentId() == null) {
            throw new InvalidValueException(
                    "residentId", "RESIDENT_ID_REQUIRED", "请填写身份证号", "A resident id is required");
        }
        ResidentId person = ResidentId.of(request.residentId());
        CertificateNumber certificate = request.certificateNumber() == null
                        || request.certificateNumber().isBlank()
                ? null
                : CertificateNumber.of(request.certificateNumber(), person);
        if (request.region() == null) {
            throw new InvalidValueException("region", "REGION_CODE_REQUIRED", "请填写地区代码", "A region code is required");
        }
        RegionCode region = jurisdiction.check(staff, "region", request.region());
        LocalDate on = request.date() == null ? ChinaTime.today() : request.date();
        return new CheckResponse(
                reports.check(person, certificate, region, on, staff.accountId().toString()));
    }

    @GetMapping("/applications/{applicationId}/reports")
    @Operation(summary = "The evidence reports of an application, oldest first")
    List<EvidenceReport> ofApplication(@PathVariable UUID applicationId, @AuthenticationPrincipal SignedInStaff staff) {
        return reports.forApplication(applicationId).stream()
                .filter(r -> jurisdiction.contains(staff, r.region()))
                .toList();
    }
}
