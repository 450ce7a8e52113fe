package org.liangxiang.intake.follow;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.liangxiang.account.SignedInApplicant;
import org.liangxiang.intake.Actor;
import org.liangxiang.intake.ApplicationDocuments;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationResource;
import org.liangxiang.intake.ApplicationStatus;
import org.liangxiang.intake.Applications;
import org.liangxiang.intake.SubmittedApplication;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The applicant's own applications and, apart, those they made for other people (as an agent); one application with
 * its status, next step, correction asked for, notices, materials and timeline; downloads of notices and materials.
 */
@Controller
class FollowController {

    private final Applications applications;
    private final ApplicationDocuments documents;
    private final ApplicationMaterials materials;
    private final FollowViews views;

    FollowController(
            Applications applications,
            ApplicationDocuments documents,
            ApplicationMaterials materials,
            FollowViews views) {
        this.applications = applications;
        this.documents = documents;
        this.materials = materials;
        this.views = views;
    }

    @GetMapping(FollowViews.BASE)
    String list(@AuthenticationPrincipal SignedInApplicant applicant, Model model, Locale locale) {
        Actor actor = Actor.applicant(applicant.accountId());
        model.addAttribute("mine", views.rows(actor, ids(applications.mine(applicant.accountId())), locale));
        model.addAttribute("helped", views.rows(actor, ids(applications.helped(applicant.accountId())), locale));
        model.addAttribute("realNameVerified", applicant.realNameVerified());
        return "intake/follow/applications";
    }

    private static List<ApplicationId> ids(List<SubmittedApplication> applications) {
        return applications.stream().map(SubmittedApplication::id).toList();
    }

    @GetMapping(FollowViews.BASE + "/{id}")
    String application(
            @AuthenticationPrincipal SignedInApplicant applicant, @PathVariable String id, Model model, Locale locale) {
        Actor actor = Actor.applicant(applicant.accountId());
        ApplicationResource r = views.resource(actor, ApplicationId.of(id), locale);
        model.addAttribute("app", r);
        model.addAttribute("subsidies", views.subsidies(r, locale));
        model.addAttribute("next", views.next(r, locale));
        model.addAttribute("materials", views.materials(actor, r, locale));
        model.addAttribute("documents", views.documents(r, locale));
        model.addAttribute("withdrawable", ApplicationStatus.valueOf(r.status()).open());
        return "intake/follow/application";
    }

    @GetMapping(FollowViews.BASE + "/{id}/documents/{documentId}")
    ResponseEntity<InputStreamResource> document(
            @AuthenticationPrincipal SignedInApplicant applicant,
            @PathVariable String id,
            @PathVariable UUID documentId) {
        return file(documents.open(Actor.applicant(applicant.accountId()), ApplicationId.of(id), documentId), "pdf");
    }

    @GetMapping(FollowViews.BASE + "/{id}/materials/{versionId}")
    ResponseEntity<InputStreamResource> material(
            @AuthenticationPrincipal SignedInApplicant applicant,
            @PathVariable String id,
            @PathVariable UUID versionId) {
        ApplicationMaterials.Content content =
                materials.open(Actor.applicant(applicant.accountId()), ApplicationId.of(id), versionId);
        return file(content, extension(content.contentType()));
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case MediaType.IMAGE_JPEG_VALUE -> "jpg";
            case MediaType.IMAGE_PNG_VALUE -> "png";
            default -> "pdf";
        };
    }

    /** An attachment named by its id only (the original file name may be personal). */
    private static ResponseEntity<InputStreamResource> file(ApplicationMaterials.Content content, String extension) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .contentLength(content.size())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"document." + extension + "\"")
                .body(new InputStreamResource(content.stream()));
    }
}
