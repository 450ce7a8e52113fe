package org.liangxiang.eligibility;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liangxiang.account.SignedInStaff;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reference-data imports for the county offices that receive the other agencies' files and for the system
 * administrator: the file is the request body (streamed, any size), the import runs in the background.
 */
@RestController
@RequestMapping(path = "/api/eligibility/imports", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Eligibility: reference-data imports", description = "Load other agencies' data (docs/eligibility.md)")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'CIVIL_AFFAIRS_APPROVER', 'FEDERATION_REVIEWER')")
class ReferenceImportController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ReferenceImports imports;
    private final Jurisdiction jurisdiction;

    ReferenceImportController(ReferenceImports imports, Jurisdiction jurisdiction) {
        this.imports = imports;
        this.jurisdiction = jurisdiction;
    }

    @PostMapping(consumes = {"text/csv", XLSX})
    @Operation(
            summary = "Import a file of a reference source (CSV or .xlsx body) in the background",
            description = "Header row required; columns per source in docs/eligibility.md. SNAPSHOT needs asOf (whoever"
                    + " the file leaves out has ended on that date); DELTA rows carry valid_from/valid_to. Answers 202"
                    + " with the job; poll GET /api/eligibility/imports/{id}. The same file for the same source and"
                    + " region is applied once: a repeat answers UNCHANGED.")
    ResponseEntity<ImportJob> submit(
            @RequestParam ReferenceSource source,
            @RequestParam @Parameter(example = "410102") String region,
            @RequestParam ImportMode mode,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            HttpServletRequest request,
            @AuthenticationPrincipal SignedInStaff staff)
            throws IOException {
        FileFormat format =
                request.getContentType() != null && request.getContentType().startsWith(XLSX)
                        ? FileFormat.XLSX
                        : FileFormat.CSV;
        ImportRequest importRequest =
                new ImportRequest(source, jurisdiction.check(staff, "region", region), mode, asOf, format);
        ImportJob job = imports.submit(
                importRequest, request.getInputStream(), staff.accountId().toString());
        return ResponseEntity.accepted()
                .location(URI.create("/api/eligibility/imports/" + job.id()))
                .body(job);
    }

    @GetMapping("/{id}")
    @Operation(summary = "An import's progress, counts and refused rows")
    ImportJob find(@PathVariable UUID id, @AuthenticationPrincipal SignedInStaff staff) {
        return imports.find(id).filter(job -> within(staff, job)).orElseThrow(() -> new NotFoundException("import"));
    }

    @GetMapping
    @Operation(summary = "The latest imports within the jurisdiction, newest first")
    List<ImportJob> recent(@RequestParam(defaultValue = "50") int limit, @AuthenticationPrincipal SignedInStaff staff) {
        return imports.recent(staff.jurisdiction(), limit);
    }

    private boolean within(SignedInStaff staff, ImportJob job) {
        try {
            jurisdiction.check(staff, "region", job.region());
            return true;
        } catch (OutsideJurisdictionException e) {
            return false;
        }
    }
}
