package org.liangxiang.intake.follow;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.liangxiang.account.SignedInApplicant;
import org.liangxiang.intake.Actor;
import org.liangxiang.intake.ApplicationCorrections;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.ApplicationResource;
import org.liangxiang.intake.ApplicationStateException;
import org.liangxiang.intake.ApplicationStatus;
import org.liangxiang.intake.ApplicationSubmissions;
import org.liangxiang.shared.InvalidInputException;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * Correcting a returned application: the page offers exactly what the return names (a new file for each named
 * material, the named fields), saves what was given, and resubmits. What is still open is refused by intake's
 * resubmission, each item named in the error summary; what was fixed stays fixed.
 */
@Controller
class CorrectionController {

    private static final String MATERIAL = "MATERIAL";

    private final ApplicationMaterials materials;
    private final ApplicationCorrections corrections;
    private final ApplicationSubmissions submissions;
    private final FollowViews views;

    CorrectionController(
            ApplicationMaterials materials,
            ApplicationCorrections corrections,
            ApplicationSubmissions submissions,
            FollowViews views) {
        this.materials = materials;
        this.corrections = corrections;
        this.submissions = submissions;
        this.views = views;
    }

    @GetMapping(FollowViews.BASE + "/{id}/correction")
    ModelAndView form(@AuthenticationPrincipal SignedInApplicant applicant, @PathVariable String id, Locale locale) {
        Actor actor = Actor.applicant(applicant.accountId());
        ApplicationId applicationId = ApplicationId.of(id);
        ApplicationResource r = returned(actor, applicationId, locale);
        return page(actor, r, Map.of(), FormErrors.NONE, HttpStatus.OK, locale);
    }

    @PostMapping(FollowViews.BASE + "/{id}/correction")
    ModelAndView correct(
            @AuthenticationPrincipal SignedInApplicant applicant,
            @PathVariable String id,
            @RequestParam Map<String, String> typed,
            @RequestParam Map<String, MultipartFile> files,
            Locale locale)
            throws IOException {
        Actor actor = Actor.applicant(applicant.accountId());
        ApplicationId applicationId = ApplicationId.of(id);
        ApplicationResource r = returned(actor, applicationId, locale);
        List<InvalidValueException> errors = new ArrayList<>(upload(actor, applicationId, r, files));
        errors.addAll(changeFields(actor, applicationId, r, typed));
        if (errors.isEmpty()) {
            try {
                submissions.resubmit(actor, applicationId);
                return new ModelAndView("redirect:" + FollowViews.BASE + "/" + id + "?resubmitted");
            } catch (InvalidInputException e) {
                errors.addAll(e.violations());
            } catch (InvalidValueException e) {
                errors.add(e);
            }
        }
        ApplicationResource now = views.resource(actor, applicationId, locale);
        return page(
                actor,
                now,
                typed,
                FormErrors.of(new InvalidInputException(errors), locale),
                HttpStatus.BAD_REQUEST,
                locale);
    }

    private List<InvalidValueException> upload(
            Actor actor, ApplicationId id, ApplicationResource r, Map<String, MultipartFile> files) throws IOException {
        List<InvalidValueException> errors = new ArrayList<>();
        for (ApplicationResource.CorrectionEntry item : r.correction().items()) {
            String field = "materials." + item.code();
            MultipartFile file = files.get(field);
            if (!MATERIAL.equals(item.kind()) || file == null || file.isEmpty()) {
                continue;
            }
            try {
                materials.upload(actor, id, item.code(), file.getOriginalFilename(), file.getBytes());
            } catch (InvalidValueException e) {
                errors.add(e.forField(field));
            }
        }
        return errors;
    }

    private List<InvalidValueException> changeFields(
            Actor actor, ApplicationId id, ApplicationResource r, Map<String, String> typed) {
        Map<String, String> current = corrections.namedFieldValues(actor, id);
        Map<String, String> changed = new LinkedHashMap<>();
        for (ApplicationResource.CorrectionEntry item : r.correction().items()) {
            String value = typed.get(item.code());
            if (MATERIAL.equals(item.kind()) || value == null) {
                continue;
            }
            String stripped = value.strip();
            boolean keepNumber = CorrectionFields.ACCOUNT_NUMBER.equals(item.code()) && stripped.isEmpty();
            if (!keepNumber && !stripped.equals(current.get(item.code()))) {
                changed.put(item.code(), stripped);
            }
        }
        if (changed.isEmpty()) {
            return List.of();
        }
        try {
            corrections.correctFields(actor, id, changed);
            return List.of();
        } catch (InvalidInputException e) {
            return e.violations();
        } catch (InvalidValueException e) {
            return List.of(e);
        }
    }

    private ApplicationResource returned(Actor actor, ApplicationId id, Locale locale) {
        ApplicationResource r = views.resource(actor, id, locale);
        ApplicationStatus status = ApplicationStatus.valueOf(r.status());
        if (status != ApplicationStatus.RETURNED) {
            throw new ApplicationStateException("CORRECT", status, Set.of(ApplicationStatus.RETURNED));
        }
        return r;
    }

    private ModelAndView page(
            Actor actor,
            ApplicationResource r,
            Map<String, String> typed,
            FormErrors errors,
            HttpStatus status,
            Locale locale) {
        if (!ApplicationStatus.RETURNED.name().equals(r.status())) {
            throw new ApplicationStateException(
                    "CORRECT", ApplicationStatus.valueOf(r.status()), Set.of(ApplicationStatus.RETURNED));
        }
        ModelAndView page = new ModelAndView("intake/follow/correction");
        page.setStatus(status);
        page.addObject("app", r);
        page.addObject("subsidies", views.subsidies(r, locale));
        page.addObject(
                "materialItems",
                r.correction().items().stream()
                        .filter(i -> MATERIAL.equals(i.kind()))
                        .toList());
        page.addObject(
                "fields",
                CorrectionFields.of(
                        r.correction().items(),
                        corrections.namedFieldValues(actor, ApplicationId.of(r.id())),
                        typed,
                        views,
                        locale));
        page.addObject("maxMegabytes", ApplicationMaterials.MAX_BYTES / (1024 * 1024));
        page.addObject("errors", errors);
        return page;
    }
}
