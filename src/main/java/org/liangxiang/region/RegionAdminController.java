package org.liangxiang.region;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The system administrator's part: import a newer edition, assign the offices of development zones. */
@RestController
@RequestMapping(path = "/api/regions", produces = "application/json")
@Tag(name = "Regions (administration)", description = "Editions of the division tree and office assignments")
@ApiResponse(
        responseCode = "400",
        description = "the request breaks a rule; the problem names the field, the rule and (for files) the line",
        content =
                @Content(
                        mediaType = "application/problem+json",
                        schema = @Schema(implementation = ProblemDetail.class)))
class RegionAdminController {

    private final DivisionImports imports;
    private final Regions regions;

    RegionAdminController(DivisionImports imports, Regions regions) {
        this.imports = imports;
        this.regions = regions;
    }

    @PostMapping(
            path = "/imports",
            consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(
            summary = "Import a newer edition (CSV body)",
            description = "Header: code,name and optionally parent_code, statistical_only, retire. All or nothing. "
                    + "See docs/regions.md for what is added, versioned and retired.")
    @ApiResponse(responseCode = "200", description = "what the import did")
    DivisionImports.Report importCsv(
            @RequestParam @Parameter(example = "2024") String edition,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Parameter(example = "2024-01-01")
                    LocalDate validFrom,
            @RequestParam(required = false)
                    @Parameter(
                            description = "ALL, or a region code: the file lists that subtree completely at the"
                                    + " levels it contains, so codes it leaves out are retired")
                    String complete,
            @RequestBody String csv,
            Principal principal) {
        return imports.run(edition, validFrom, complete, csv, actor(principal));
    }

    @PostMapping(path = "/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "Import a newer edition (a CSV file, multipart field 'file')")
    @ApiResponse(responseCode = "200", description = "what the import did")
    DivisionImports.Report importFile(
            @RequestParam String edition,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validFrom,
            @RequestParam(required = false) String complete,
            @RequestPart("file") MultipartFile file,
            Principal principal)
            throws IOException {
        String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
        return imports.run(edition, validFrom, complete, csv, actor(principal));
    }

    /** Which office of a kind serves the townships under a region. */
    record Assignment(
            @NotBlank @Schema(example = "410100") String servingRegionCode,

            @Size(max = 100) @Schema(example = "郑州市残疾人联合会", nullable = true)
            String displayName) {}

    @PutMapping(path = "/{code}/offices/{kind}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "Make an office serve the townships under a region (a township, county or prefecture)")
    @ApiResponse(responseCode = "200", description = "the office now assigned")
    Office assign(
            @PathVariable @Parameter(example = "410171") String code,
            @PathVariable OfficeKind kind,
            @Valid @RequestBody Assignment assignment,
            Principal principal) {
        return regions.assignOffice(
                code, kind, assignment.servingRegionCode(), assignment.displayName(), actor(principal));
    }

    @DeleteMapping("/{code}/offices/{kind}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "Return the townships under a region to their default office of the kind")
    @ApiResponse(responseCode = "204", description = "no assignment remains")
    ResponseEntity<Void> clear(@PathVariable String code, @PathVariable OfficeKind kind, Principal principal) {
        regions.clearOffice(code, kind, actor(principal));
        return ResponseEntity.noContent().build();
    }

    private static String actor(Principal principal) {
        return principal == null ? null : principal.getName();
    }
}
