package org.liangxiang.intake.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.liangxiang.guide.MaterialType;
import org.liangxiang.guide.RequiredMaterial;
import org.liangxiang.guide.Requirement;
import org.liangxiang.intake.Actor;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.ApplicationMaterials;
import org.liangxiang.intake.DraftAnswers;
import org.liangxiang.intake.MaterialVersion;
import org.liangxiang.intake.PayeeDetails;
import org.liangxiang.intake.PersonDetails;
import org.liangxiang.intake.SubmitterDetails;
import org.liangxiang.intake.SubmitterKind;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.web.FormErrors;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Renders the form's pages (templates {@code intake/apply/<step>}) for either audience, from the answers so far. */
@Component
class FormPages {

    static final String ACCEPTED_TYPES = "application/pdf,image/jpeg,image/png";

    private final FormServices services;

    FormPages(FormServices services) {
        this.services = services;
    }

    /**
     * Who fills the form in, and where its pages live.
     *
     * @param base {@code /apply} or {@code /staff/intake}
     * @param apiBase where the JSON API serves the documents to this audience
     * @param pickerStart the region the township picker starts at when the person's township is not known
     */
    public record Audience(Actor actor, String base, boolean staff, String apiBase, String pickerStart) {

        public String stepPath(ApplicationId id, Step step) {
            return base + "/" + id + "/" + step.slug();
        }

        public String donePath(ApplicationId id) {
            return base + "/" + id + "/done";
        }
    }

    /** One material on the materials page: what the guide asks, and the current upload if any. */
    public record MaterialRow(String type, Requirement requirement, MaterialVersion current) {}

    String page(Model model, Audience a, DraftAnswers answers, Step step) {
        return switch (step) {
            case WHO -> who(model, a, answers, answers.submitter(), FormErrors.NONE);
            case SUBSIDIES ->
                subsidies(
                        model,
                        a,
                        answers,
                        ApplicationFormController.names(answers.application().subsidies()),
                        FormErrors.NONE);
            case PERSON -> person(model, a, answers, answers.person(), null, FormErrors.NONE);
            case PAYEE -> payee(model, a, answers, payeeOrOwn(answers), FormErrors.NONE);
            case MATERIALS -> materials(model, a, answers, FormErrors.NONE);
            case CHECK -> check(model, a, answers);
            case DECLARATION -> declaration(model, a, answers, FormErrors.NONE);
        };
    }

    String who(Model model, Audience a, DraftAnswers answers, SubmitterDetails given, FormErrors errors) {
        model.addAttribute("submitter", given);
        model.addAttribute("kinds", SubmitterKind.values());
        return frame(model, a, answers, Step.WHO, errors);
    }

    String subsidies(Model model, Audience a, DraftAnswers answers, List<String> chosen, FormErrors errors) {
        model.addAttribute("chosen", chosen);
        model.addAttribute("allSubsidies", Subsidy.values());
        return frame(model, a, answers, Step.SUBSIDIES, errors);
    }

    /** The person's page with the township picker at {@code pickerAt} (else the person's township, else the start). */
    String person(
            Model model, Audience a, DraftAnswers answers, PersonDetails given, String pickerAt, FormErrors errors) {
        return person(model, a, answers, given, pickerAt, null, errors);
    }

    /**
     * The person's page; for staff starting a new application above township level, with the receiving-township picker
     * ({@link ReceivingChoice}) at {@code receiving}.
     */
    String person(
            Model model,
            Audience a,
            DraftAnswers answers,
            PersonDetails given,
            String pickerAt,
            String receiving,
            FormErrors errors) {
        model.addAttribute(
                "receiving",
                a.staff() && answers == null
                        ? ReceivingChoice.of(services.regions(), a.actor().jurisdiction(), receiving)
                        : null);
        model.addAttribute("person", given == null ? new PersonDetails(null, null, null, null, null, false) : given);
        model.addAttribute("choice", TownshipChoice.of(services.regions(), pickerCode(a, given, pickerAt)));
        return frame(model, a, answers, Step.PERSON, errors);
    }

    String payee(Model model, Audience a, DraftAnswers answers, PayeeDetails given, FormErrors errors) {
        model.addAttribute("payee", given);
        return frame(model, a, answers, Step.PAYEE, errors);
    }

    String materials(Model model, Audience a, DraftAnswers answers, FormErrors errors) {
        model.addAttribute("rows", rows(a, answers));
        model.addAttribute("acceptedTypes", ACCEPTED_TYPES);
        model.addAttribute("checkPath", a.stepPath(answers.application().id(), Step.CHECK));
        model.addAttribute("maxMegabytes", ApplicationMaterials.MAX_BYTES / (1024 * 1024));
        return frame(model, a, answers, Step.MATERIALS, errors);
    }

    String check(Model model, Audience a, DraftAnswers answers) {
        model.addAttribute("rows", rows(a, answers));
        model.addAttribute(
                "township", services.regions().namePath(answers.person().homeTownship()));
        Map<String, String> change = new java.util.HashMap<>();
        for (Step s : Step.values()) {
            change.put(s.slug(), a.stepPath(answers.application().id(), s) + "?returnTo=check");
        }
        model.addAttribute("change", change);
        model.addAttribute("materialsPath", a.stepPath(answers.application().id(), Step.MATERIALS));
        model.addAttribute("declarationPath", a.stepPath(answers.application().id(), Step.DECLARATION));
        return frame(model, a, answers, Step.CHECK, FormErrors.NONE);
    }

    String declaration(Model model, Audience a, DraftAnswers answers, FormErrors errors) {
        model.addAttribute("idempotencyKey", java.util.UUID.randomUUID().toString());
        model.addAttribute("fixAt", new FixLinks(a, answers.application().id()));
        return frame(model, a, answers, Step.DECLARATION, errors);
    }

    /** Where the declaration page's error summary sends each refusal: the page where it is put right. */
    public record FixLinks(Audience audience, ApplicationId id) {

        public String href(String field) {
            return audience.stepPath(id, Step.forField(field));
        }
    }

    private String frame(Model model, Audience a, DraftAnswers answers, Step step, FormErrors errors) {
        model.addAttribute("audience", a);
        model.addAttribute("answers", answers);
        model.addAttribute("step", step);
        model.addAttribute("stepCount", Step.count());
        model.addAttribute("errors", errors);
        model.addAttribute(
                "action",
                answers == null
                        ? a.base() + "/new/" + step.slug()
                        : a.stepPath(answers.application().id(), step));
        model.addAttribute("backPath", backPath(a, answers, step));
        return "intake/apply/" + step.slug();
    }

    private static String backPath(Audience a, DraftAnswers answers, Step step) {
        if (step == Step.WHO) {
            return a.staff() ? "/staff" : "/apply";
        }
        Step previous = Step.values()[step.ordinal() - 1];
        return answers == null
                ? a.base() + "/new/" + previous.slug()
                : a.stepPath(answers.application().id(), previous);
    }

    private String pickerCode(Audience a, PersonDetails given, String pickerAt) {
        for (String code : new String[] {pickerAt, given == null ? null : given.homeTownship()}) {
            if (code != null && services.regions().find(code.strip()).isPresent()) {
                return code.strip();
            }
        }
        return a.pickerStart();
    }

    private static PayeeDetails payeeOrOwn(DraftAnswers answers) {
        return answers.payee() != null
                ? answers.payee()
                : new PayeeDetails("PERSON", answers.person().fullName(), null, null);
    }

    private List<MaterialRow> rows(Audience a, DraftAnswers answers) {
        Map<String, MaterialVersion> current =
                services.materials().current(a.actor(), answers.application().id()).stream()
                        .collect(Collectors.toMap(MaterialVersion::materialType, Function.identity(), (x, y) -> y));
        List<MaterialRow> rows = new ArrayList<>();
        for (RequiredMaterial m : answers.requiredMaterials()) {
            if (m.requirement() != Requirement.NOT_NEEDED) {
                rows.add(new MaterialRow(
                        m.material().name(),
                        m.requirement(),
                        current.get(m.material().name())));
            }
        }
        String mandate = MaterialType.AGENT_AUTHORISATION_AND_ID.name();
        boolean agent = !SubmitterKind.PERSON.name().equals(answers.submitter().kind());
        if (agent && rows.stream().noneMatch(r -> r.type().equals(mandate))) {
            rows.add(new MaterialRow(mandate, Requirement.REQUIRED, current.get(mandate)));
        }
        return rows;
    }
}
