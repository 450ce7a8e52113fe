package org.liangxiang.eligibility.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;
import org.liangxiang.account.SignedInStaff;
import org.liangxiang.eligibility.FileFormat;
import org.liangxiang.eligibility.ImportJob;
import org.liangxiang.eligibility.ImportMode;
import org.liangxiang.eligibility.ImportRequest;
import org.liangxiang.eligibility.NotFoundException;
import org.liangxiang.eligibility.ReferenceImports;
import org.liangxiang.eligibility.ReferenceSource;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.RegionCode;
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
import org.springframework.web.multipart.MultipartFile;

/**
 * Reference-data imports for the county offices ({@code /staff/imports}): upload a CSV or Excel file of a source for a
 * region in the jurisdiction (snapshot as of a date, or delta), follow its progress (the page's live region; a refresh
 * link without JavaScript), read the refused rows with their line numbers, the counts and the file's digest; the list
 * of past imports. The same engine as {@code POST /api/eligibility/imports} ({@link ReferenceImports}).
 */
@Controller
@PreAuthorize("hasAnyRole('CIVIL_AFFAIRS_APPROVER', 'FEDERATION_REVIEWER')")
class ImportPages {

    private final ReferenceImports imports;
    private final Regions regions;

    ImportPages(ReferenceImports imports, Regions regions) {
        this.imports = imports;
        this.regions = regions;
    }

    @ModelAttribute("sources")
    ReferenceSource[] sources() {
        return ReferenceSource.values();
    }

    @ModelAttribute("modes")
    ImportMode[] modes() {
        return ImportMode.values();
    }

    /** The upload form as entered. */
    record UploadForm(String source, String region, String mode, String asOf) {}

    @GetMapping("/staff/imports")
    String page(@AuthenticationPrincipal SignedInStaff staff, Model model) {
        return show(staff, model, new UploadForm("", staff.jurisdiction(), "", ""), FormErrors.none());
    }

    @PostMapping("/staff/imports")
    String upload(
            @AuthenticationPrincipal SignedInStaff staff,
            @RequestParam(defaultValue = "") String source,
            @RequestParam(defaultValue = "") String region,
            @RequestParam(defaultValue = "") String mode,
            @RequestParam(defaultValue = "") String asOf,
            @RequestParam(name = "file", required = false) MultipartFile file,
            Model model,
            Locale locale)
            throws IOException {
        UploadForm form = new UploadForm(source, region, mode, asOf);
        try {
            ImportRequest request = new ImportRequest(
                    RecheckPages.constant(ReferenceSource.class, source),
                    region(staff, region),
                    RecheckPages.constant(ImportMode.class, mode),
                    date(asOf),
                    format(file));
            ImportJob job;
            try (InputStream in = file.getInputStream()) {
                job = imports.submit(request, in, staff.accountId().toString());
            }
            return "redirect:/staff/imports/" + job.id();
        } catch (InvalidValueException e) {
            return show(staff, model, form, FormErrors.of(e, locale));
        }
    }

    @GetMapping("/staff/imports/{id}")
    String job(@AuthenticationPrincipal SignedInStaff staff, @PathVariable UUID id, Model model) {
        ImportJob job = imports.find(id)
                .filter(j -> Scopes.within(regions, staff, j.region()) != null)
                .orElseThrow(() -> new NotFoundException("import"));
        model.addAttribute("job", job);
        model.addAttribute("regionName", regions.namePath(job.region()));
        return "eligibility/import";
    }

    private String show(SignedInStaff staff, Model model, UploadForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("recent", imports.recent(staff.jurisdiction(), 50));
        return "eligibility/imports";
    }

    private RegionCode region(SignedInStaff staff, String typed) {
        String code = typed.isBlank() ? null : Scopes.within(regions, staff, typed);
        if (code == null) {
            throw new InvalidValueException(
                    "region",
                    "IMPORT_REGION_OUTSIDE_JURISDICTION",
                    "请填写您辖区内的地区代码（省、市、县6位或乡镇9位）",
                    "Enter the code of a region in your jurisdiction (6 digits, or 9 for a township)");
        }
        return RegionCode.of(code);
    }

    private static LocalDate date(String text) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(
                    "asOf", "IMPORT_AS_OF_DATE", "截至日期应为 YYYY-MM-DD 格式的日期", "The as-of date is a date (YYYY-MM-DD)");
        }
    }

    private static FileFormat format(MultipartFile file) {
        String name = file == null || file.getOriginalFilename() == null
                ? ""
                : file.getOriginalFilename().toLowerCase(Locale.ROOT);
        if (file == null || file.isEmpty()) {
            throw new InvalidValueException("file", "IMPORT_FILE_REQUIRED", "请选择要导入的文件", "Choose the file to import");
        }
        if (name.endsWith(".csv")) {
            return FileFormat.CSV;
        }
        if (name.endsWith(".xlsx")) {
            return FileFormat.XLSX;
        }
        throw new InvalidValueException(
                "file", "IMPORT_FILE_TYPE", "只能导入 CSV（.csv）或 Excel（.xlsx）文件", "Only CSV (.csv) or Excel (.xlsx) files");
    }
}
