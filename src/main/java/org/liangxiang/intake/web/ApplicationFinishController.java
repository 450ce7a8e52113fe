package org.liangxiang.intake.web;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;
import org.liangxiang.intake.ApplicationChangedException;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationResource;
import org.liangxiang.intake.ApplicationStateException;
import org.liangxiang.intake.ApplicationStatus;
import org.liangxiang.intake.DraftAnswers;
import org.liangxiang.intake.OpenApplicationExistsException;
import org.liangxiang.shared.ChinaTime;
import org.liangxiang.shared.web.FormErrors;
import org.liangxiang.shared.web.Violation;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The end of the form: uploading materials (a file, or a photo from a phone camera), viewing them, the declaration
 * with submission (once per Idempotency-Key generated into the page, so a double click submits once), and the
 * confirmation with the application number, the acceptance receipt and the expected dates.
 */
abstract class ApplicationFinishController extends ApplicationFormController {

    ApplicationFinishController(FormServices services, FormPages pages) {
        super(services, pages);
    }

    @PostMapping("/{id}/materials")
    String upload(
            @PathVariable String id,
            @RequestParam(required = false) String materialType,
            @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) MultipartFile photo,
            Authentication auth,
            Model model,
            Locale locale)
            throws IOException {
        DraftAnswers answers = answers(auth, id);
        MultipartFile chosen = file != null && !file.isEmpty() ? file : photo;
        try {
            services.materials()
                    .upload(
                            actor(auth),
                            answers.application().id(),
                            materialType,
                            chosen == null ? null : chosen.getOriginalFilename(),
                            chosen == null ? null : chosen.getBytes());
        } catch (IllegalArgumentException refused) {
            return pages.materials(
                    model, audience(auth), answers, onMaterial(FormErrors.of(refused, locale), materialType));
        }
        return redirect(audience(auth).stepPath(answers.application().id(), Step.MATERIALS) + "?uploaded="
                + answers.requiredMaterials().stream()
                        .map(m -> m.material().name())
                        .filter(t -> t.equals(materialType))
                        .findFirst()
                        .orElse(""));
    }

    @GetMapping("/{id}/materials/{materialId}")
    ResponseEntity<InputStreamResource> view(
            @PathVariable String id, @PathVariable String materialId, Authentication auth) {
        UUID material;
        try {
            material = UUID.fromString(materialId);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
        ApplicationMaterials.Content content = services.materials().open(actor(auth), applicationId(id), material);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.contentType()))
                .contentLength(content.size())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline")
                .body(new InputStreamResource(content.stream()));
    }

    @PostMapping("/{id}/declaration")
    String submit(
            @PathVariable String id,
            @RequestParam(required = false) String declared,
            @RequestParam(required = false) String idempotencyKey,
            Authentication auth,
            Model model,
            Locale locale) {
        DraftAnswers answers = answers(auth, id);
        ApplicationId applicationId = answers.application().id();
        FormPages.Audience audience = audience(auth);
        if (answers.application().status() != ApplicationStatus.DRAFT) {
            return redirect(audience.donePath(applicationId));
        }
        if (!"yes".equals(declared)) {
            return pages.declaration(
                    model,
                    audience,
                    answers,
                    FormErrors.of("declared", text("intake.apply.declaration.required", locale)));
        }
        try {
            services.submissions().submit(actor(auth), applicationId, idempotencyKey);
        } catch (IllegalArgumentException refused) {
            return pages.declaration(model, audience, answers, FormErrors.of(refused, locale));
        } catch (OpenApplicationExistsException open) {
            return pages.declaration(model, audience, answers, openElsewhere(open, locale));
        } catch (ApplicationStateException | ApplicationChangedException moved) {
            return redirect(audience.donePath(applicationId));
        }
        return redirect(audience.donePath(applicationId));
    }

    @GetMapping("/{id}/done")
    String done(@PathVariable String id, Authentication auth, Model model, Locale locale) {
        FormPages.Audience audience = audience(auth);
        ApplicationId applicationId = applicationId(id);
        ApplicationResource application =
                services.resources().of(actor(auth), applicationId, audience.apiBase(), locale);
        if (ApplicationStatus.DRAFT.name().equals(application.status())) {
            return redirect(audience.stepPath(applicationId, Step.CHECK));
        }
        model.addAttribute("audience", audience);
        model.addAttribute("submitted", application);
        model.addAttribute(
                "receipt",
                application.documents().stream()
                        .filter(d -> "ACCEPTANCE_RECEIPT".equals(d.kind()))
                        .findFirst()
                        .orElse(null));
        model.addAttribute("daysLeft", daysLeft(application.expected()));
        return "intake/apply/done";
    }

    /** Working days from today to the expected date, when there is one. */
    private Integer daysLeft(ApplicationResource.Expected expected) {
        if (expected == null || expected.due() == null) {
            return null;
        }
        return services.workingDays().between(ChinaTime.today(), expected.due()).workingDays();
    }

    /** Upload refusals name {@code file} or {@code materialType}: on this page, the input of the material posted. */
    private static FormErrors onMaterial(FormErrors errors, String materialType) {
        String input = "file-" + (materialType == null ? "" : materialType.strip());
        return new FormErrors(errors.all().stream()
                .map(v -> new Violation(input, v.rule(), v.message()))
                .toList());
    }

    private FormErrors openElsewhere(OpenApplicationExistsException open, Locale locale) {
        String township = open.receivingTownship().isEmpty()
                ? ""
                : services.regions()
                        .find(open.receivingTownship())
                        .map(r -> services.regions().namePath(r.code()))
                        .orElse(open.receivingTownship());
        return FormErrors.of(
                "subsidies",
                "INTAKE_OPEN_APPLICATION_EXISTS",
                services.messages()
                        .getMessage(
                                "intake.problem.open.detail",
                                new Object[] {
                                    open.subsidy().name(locale),
                                    open.number(),
                                    township,
                                    text("intake.status." + open.status(), locale)
                                },
                                locale));
    }

    String text(String key, Locale locale) {
        return services.messages().getMessage(key, null, locale);
    }
}
