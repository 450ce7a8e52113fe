package org.liangxiang.review.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.liangxiang.account.SignedInStaff;
import org.liangxiang.intake.ApplicationDocuments;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.review.Reviewer;
import org.liangxiang.review.Worklists;
import org.liangxiang.shared.document.PdfRenderer;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A case's files: each material version and each notice issued, streamed from intake with the content type intake
 * decided (shown inline: PDF and images), and the printable application and approval form (申请审批表) as a page and as
 * a PDF. Only for a case the staff member may read (else 404).
 */
@Controller
@RequestMapping("/staff/cases/{id}")
class CaseFilesController {

    static final String FORM_TEMPLATE = "review/work/approval-form";
    static final String FORM_PDF_TEMPLATE = "review/documents/approval-form";

    private final Worklists worklists;
    private final ApplicationMaterials materials;
    private final ApplicationDocuments documents;
    private final CaseFiles files;
    private final PdfRenderer pdf;

    CaseFilesController(
            Worklists worklists,
            ApplicationMaterials materials,
            ApplicationDocuments documents,
            CaseFiles files,
            PdfRenderer pdf) {
        this.worklists = worklists;
        this.materials = materials;
        this.documents = documents;
        this.files = files;
        this.pdf = pdf;
    }

    @GetMapping("/materials/{materialId}")
    ResponseEntity<InputStreamResource> material(
            @AuthenticationPrincipal SignedInStaff staff, @PathVariable UUID id, @PathVariable UUID materialId) {
        Reviewer reviewer = Reviewer.of(staff);
        worklists.get(reviewer, id);
        return inline(materials.open(CaseFiles.actor(reviewer), new ApplicationId(id), materialId), "material");
    }

    @GetMapping("/documents/{documentId}")
    ResponseEntity<InputStreamResource> document(
            @AuthenticationPrincipal SignedInStaff staff, @PathVariable UUID id, @PathVariable UUID documentId) {
        Reviewer reviewer = Reviewer.of(staff);
        worklists.get(reviewer, id);
        return inline(documents.open(CaseFiles.actor(reviewer), new ApplicationId(id), documentId), "notice");
    }

    @GetMapping("/form")
    String form(@AuthenticationPrincipal SignedInStaff staff, @PathVariable UUID id, Model model) {
        model.addAttribute("file", files.of(Reviewer.of(staff), id, CaseFiles.Shown.FORM));
        return FORM_TEMPLATE;
    }

    @GetMapping(value = "/form.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> formPdf(@AuthenticationPrincipal SignedInStaff staff, @PathVariable UUID id, Locale locale) {
        CaseFile file = files.of(Reviewer.of(staff), id, CaseFiles.Shown.FORM);
        byte[] body = pdf.render(FORM_PDF_TEMPLATE, Map.of("file", file), locale);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "inline; filename=\"approval-form-" + file.view().number() + ".pdf\"")
                .body(body);
    }

    private static ResponseEntity<InputStreamResource> inline(ApplicationMaterials.Content content, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .contentLength(content.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content.stream()));
    }
}
