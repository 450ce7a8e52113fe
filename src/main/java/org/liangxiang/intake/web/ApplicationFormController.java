package org.liangxiang.intake.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.liangxiang.intake.Actor;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.ApplicationStatus;
import org.liangxiang.intake.DraftAnswers;
import org.liangxiang.intake.DraftForm;
import org.liangxiang.intake.PersonDetails;
import org.liangxiang.intake.SubmittedApplication;
import org.liangxiang.intake.SubmitterDetails;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.web.FormErrors;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The application form, one topic a page, for both audiences (applicants under {@code /apply}, clerks and assistants
 * under {@code /staff/intake}): who applies and which subsidies (kept in the session until the person's page makes the
 * draft), then every page saves the draft on the server, so it resumes on any device at {@code <base>/<id>/<step>}.
 * Every rule is intake's: a refusal comes back as the same exceptions the JSON API answers with, shown beside the
 * fields with everything typed kept. Materials, the check and the declaration are in {@link ApplicationFinishController}.
 */
abstract class ApplicationFormController {

    final FormServices services;
    final FormPages pages;

    ApplicationFormController(FormServices services, FormPages pages) {
        this.services = services;
        this.pages = pages;
    }

    /** Who acts for the signed-in account (staff other than clerks and assistants are refused). */
    abstract Actor actor(Authentication auth);

    abstract FormPages.Audience audience(Authentication auth);

    /** The channel a new draft asks for (null: intake sets it from who acts). */
    abstract String channel(HttpServletRequest request);

    /** What is known already about the person of a new draft (the bound real name of one applying for themself). */
    abstract PersonDetails known(Authentication auth, StartAnswers start);

    @GetMapping("/new")
    String start(Authentication auth, HttpSession session, Model model) {
        return pages.who(model, audience(auth), null, start(auth, session).submitter(), FormErrors.NONE);
    }

    @GetMapping("/new/{step}")
    String newStep(@PathVariable String step, Authentication auth, HttpSession session, Model model) {
        StartAnswers start = start(auth, session);
        FormPages.Audience audience = audience(auth);
        return switch (step(step)) {
            case WHO -> pages.who(model, audience, null, start.submitter(), FormErrors.NONE);
            case SUBSIDIES -> pages.subsidies(model, audience, null, start.subsidies(), FormErrors.NONE);
            case PERSON ->
                start.complete()
                        ? pages.person(model, audience, null, known(auth, start), null, FormErrors.NONE)
                        : redirect(audience.base() + "/new/subsidies");
            default -> throw notFound();
        };
    }

    @PostMapping("/new/who")
    String newWho(
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String relationship,
            Authentication auth,
            HttpSession session,
            Model model,
            Locale locale) {
        SubmitterDetails given = new SubmitterDetails(kind, relationship);
        try {
            services.drafts().checkSubmitter(given);
        } catch (IllegalArgumentException refused) {
            return pages.who(model, audience(auth), null, given, FormErrors.of(refused, locale));
        }
        session.setAttribute(sessionKey(auth), start(auth, session).withSubmitter(given));
        return redirect(audience(auth).base() + "/new/subsidies");
    }

    @PostMapping("/new/subsidies")
    String newSubsidies(
            @RequestParam(required = false) List<String> subsidies,
            Authentication auth,
            HttpSession session,
            Model model,
            Locale locale) {
        List<String> chosen = subsidies == null ? List.of() : subsidies;
        try {
            services.drafts().checkSubsidies(chosen);
        } catch (IllegalArgumentException refused) {
            return pages.subsidies(model, audience(auth), null, chosen, FormErrors.of(refused, locale));
        }
        session.setAttribute(sessionKey(auth), start(auth, session).withSubsidies(chosen));
        return redirect(audience(auth).base() + "/new/person");
    }

    @PostMapping("/new/person")
    String newPerson(
            PersonForm form,
            Authentication auth,
            HttpSession session,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        StartAnswers start = start(auth, session);
        FormPages.Audience audience = audience(auth);
        if (!start.complete()) {
            return redirect(audience.base() + "/new/subsidies");
        }
        if (form.picking()) {
            return pages.person(
                    model, audience, null, form.details(), form.pickerAt(), form.receiving(), FormErrors.NONE);
        }
        try {
            SubmittedApplication created = services.drafts()
                    .create(
                            actor(auth),
                            new DraftForm(
                                    form.details(),
                                    start.submitter(),
                                    start.subsidies(),
                                    audience.staff() ? form.receiving() : null,
                                    null,
                                    channel(request)));
            session.removeAttribute(sessionKey(auth));
            return redirect(audience.stepPath(created.id(), Step.PAYEE));
        } catch (IllegalArgumentException refused) {
            return pages.person(
                    model,
                    audience,
                    null,
                    form.details(),
                    form.township(),
                    form.receiving(),
                    FormErrors.of(refused, locale));
        }
    }

    @GetMapping("/{id}/{step}")
    String draftStep(@PathVariable String id, @PathVariable String step, Authentication auth, Model model) {
        FormPages.Audience audience = audience(auth);
        DraftAnswers answers = answers(auth, id);
        if (answers.application().status() != ApplicationStatus.DRAFT) {
            return redirect(audience.donePath(answers.application().id()));
        }
        return pages.page(model, audience, answers, step(step));
    }

    @PostMapping("/{id}/who")
    String saveWho(
            @PathVariable String id,
            @RequestParam(required = false) String kind,
            @RequestParam(required = false) String relationship,
            @RequestParam(required = false) String returnTo,
            Authentication auth,
            Model model,
            Locale locale) {
        DraftAnswers answers = answers(auth, id);
        SubmitterDetails given = new SubmitterDetails(kind, relationship);
        try {
            services.drafts().updateSubmitter(actor(auth), answers.application().id(), given);
        } catch (IllegalArgumentException refused) {
            return pages.who(model, audience(auth), answers, given, FormErrors.of(refused, locale));
        }
        return next(auth, answers, Step.WHO, returnTo);
    }

    @PostMapping("/{id}/subsidies")
    String saveSubsidies(
            @PathVariable String id,
            @RequestParam(required = false) List<String> subsidies,
            @RequestParam(required = false) String returnTo,
            Authentication auth,
            Model model,
            Locale locale) {
        DraftAnswers answers = answers(auth, id);
        List<String> chosen = subsidies == null ? List.of() : subsidies;
        try {
            services.drafts().updateSubsidies(actor(auth), answers.application().id(), chosen);
        } catch (IllegalArgumentException refused) {
            return pages.subsidies(model, audience(auth), answers, chosen, FormErrors.of(refused, locale));
        }
        return next(auth, answers, Step.SUBSIDIES, returnTo);
    }

    @PostMapping("/{id}/person")
    String savePerson(
            @PathVariable String id,
            PersonForm form,
            @RequestParam(required = false) String returnTo,
            Authentication auth,
            Model model,
            Locale locale) {
        DraftAnswers answers = answers(auth, id);
        FormPages.Audience audience = audience(auth);
        if (form.picking()) {
            return pages.person(model, audience, answers, form.details(), form.pickerAt(), FormErrors.NONE);
        }
        try {
            services.drafts().updatePerson(actor(auth), answers.application().id(), form.details());
        } catch (IllegalArgumentException refused) {
            return pages.person(
                    model, audience, answers, form.details(), form.township(), FormErrors.of(refused, locale));
        }
        return next(auth, answers, Step.PERSON, returnTo);
    }

    @PostMapping("/{id}/payee")
    String savePayee(
            @PathVariable String id,
            PayeeForm form,
            @RequestParam(required = false) String returnTo,
            Authentication auth,
            Model model,
            Locale locale) {
        DraftAnswers answers = answers(auth, id);
        try {
            services.drafts().updatePayee(actor(auth), answers.application().id(), form.details());
        } catch (IllegalArgumentException refused) {
            return pages.payee(model, audience(auth), answers, form.details(), FormErrors.of(refused, locale));
        }
        return next(auth, answers, Step.PAYEE, returnTo);
    }

    /** The draft's answers if the actor may act on it; anything else is "not found". */
    DraftAnswers answers(Authentication auth, String id) {
        return services.drafts().answers(actor(auth), applicationId(id));
    }

    static ApplicationId applicationId(String id) {
        try {
            return ApplicationId.of(id);
        } catch (InvalidValueException e) {
            throw notFound();
        }
    }

    static String redirect(String path) {
        return "redirect:" + path;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }

    private String next(Authentication auth, DraftAnswers answers, Step done, String returnTo) {
        Step to = Step.CHECK.slug().equals(returnTo) ? Step.CHECK : done.next();
        return redirect(audience(auth).stepPath(answers.application().id(), to));
    }

    private static Step step(String slug) {
        return Step.of(slug).orElseThrow(ApplicationFormController::notFound);
    }

    private StartAnswers start(Authentication auth, HttpSession session) {
        Object kept = session.getAttribute(sessionKey(auth));
        return kept instanceof StartAnswers answers ? answers : StartAnswers.EMPTY;
    }

    /** One form in the making per account and audience. */
    private String sessionKey(Authentication auth) {
        UUID account = actor(auth).accountId();
        return "intake.apply.start:" + audience(auth).base() + ":" + account;
    }

    static List<String> names(Iterable<? extends Enum<?>> values) {
        List<String> names = new ArrayList<>();
        values.forEach(v -> names.add(v.name()));
        return names;
    }
}
