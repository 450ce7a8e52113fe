package org.liangxiang.guide.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.liangxiang.guide.RequiredMaterial;
import org.liangxiang.guide.RequiredMaterials;
import org.liangxiang.guide.Requirement;
import org.liangxiang.guide.Situation;
import org.liangxiang.policy.Exclusion;
import org.liangxiang.policy.Policies;
import org.liangxiang.shared.DisabilityCategory;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The eligibility self-check under {@code /guide/self-check}: choose the region, answer a few plain questions, see
 * which subsidy may fit and what to bring. GET forms only: nothing is stored, nothing needs signing in.
 */
@Controller
class SelfCheckController {

    private final Policies policies;
    private final RequiredMaterials materials;
    private final RegionPicker picker;
    private final MessageSource messages;

    SelfCheckController(Policies policies, RequiredMaterials materials, RegionPicker picker, MessageSource messages) {
        this.policies = policies;
        this.materials = materials;
        this.picker = picker;
        this.messages = messages;
    }

    @GetMapping("/guide/self-check")
    String start(
            @RequestParam(required = false) String region,
            @RequestParam(required = false) String path,
            Model model,
            Locale locale) {
        RegionPicker.Typed typed = picker.typed(path, locale);
        if (typed.region() != null) {
            return "redirect:/guide/self-check?region=" + typed.region().code();
        }
        RegionChoice choice = picker.choice(region);
        return questions(model, choice, typed.errors(), path, FormErrors.NONE);
    }

    @GetMapping("/guide/self-check/result")
    String result(
            @RequestParam String region,
            @RequestParam(required = false) String certificate,
            @RequestParam(required = false) String level,
            @RequestParam(required = false) String category,
            @RequestParam(required = false) String household,
            @RequestParam(required = false) String care,
            @RequestParam(required = false) String applicant,
            @RequestParam(required = false) List<String> receives,
            Model model,
            Locale locale) {
        RegionChoice choice = picker.linked(region);
        if (!choice.guideAvailable()) {
            return "redirect:/guide/self-check?region=" + choice.chosen().code();
        }
        List<String> missing = new ArrayList<>();
        SelfCheck.Answer hasCertificate = parse(SelfCheck.Answer.class, certificate, "certificate", missing);
        boolean noCertificate = hasCertificate == SelfCheck.Answer.NO;
        DisabilityLevel levelAnswer = noCertificate ? null : optional(DisabilityLevel.class, level, "level", missing);
        DisabilityCategory categoryAnswer =
                noCertificate ? null : optional(DisabilityCategory.class, category, "category", missing);
        SelfCheck.Household householdAnswer = parse(SelfCheck.Household.class, household, "household", missing);
        SelfCheck.Answer careAnswer = parse(SelfCheck.Answer.class, care, "care", missing);
        Boolean someoneElse = applicant == null ? null : "OTHER".equals(applicant);
        if (someoneElse == null) {
            missing.add("applicant");
        }
        if (!missing.isEmpty()) {
            return questions(model, choice, FormErrors.NONE, null, errors(missing, locale));
        }
        Set<Exclusion> received = EnumSet.noneOf(Exclusion.class);
        (receives == null ? List.<String>of() : receives).forEach(r -> {
            for (Exclusion e : Exclusion.values()) {
                if (e.name().equals(r)) {
                    received.add(e);
                }
            }
        });
        RegionCode regionCode = RegionCode.of(choice.chosen().code());
        SelfCheck.Rules rules = SelfCheck.Rules.of(policies.inForce(regionCode, policies.today()));
        List<SelfCheck.Result> results = SelfCheck.assess(
                new SelfCheck.Answers(
                        hasCertificate,
                        levelAnswer,
                        categoryAnswer,
                        householdAnswer,
                        careAnswer,
                        received,
                        someoneElse),
                rules);
        model.addAttribute("choice", choice);
        model.addAttribute("results", results);
        model.addAttribute("toBring", toBring(regionCode, results, someoneElse));
        return "guide/self-check-result";
    }

    /** What to bring for the subsidies that may fit or are unclear; none when neither does. */
    private List<RequiredMaterial> toBring(RegionCode region, List<SelfCheck.Result> results, boolean someoneElse) {
        Set<Subsidy> subsidies = EnumSet.noneOf(Subsidy.class);
        results.stream().filter(r -> r.fit() != SelfCheck.Fit.UNLIKELY).forEach(r -> subsidies.add(r.subsidy()));
        if (subsidies.isEmpty()) {
            return List.of();
        }
        Set<Situation> situations =
                someoneElse ? EnumSet.of(Situation.AGENT_APPLYING) : EnumSet.noneOf(Situation.class);
        return materials.forApplication(region, subsidies, situations, policies.today()).stream()
                .filter(m -> m.requirement() != Requirement.NOT_NEEDED)
                .toList();
    }

    private String questions(
            Model model, RegionChoice choice, FormErrors pickerErrors, String typedPath, FormErrors errors) {
        model.addAttribute("choice", choice);
        model.addAttribute("errors", errors.any() ? errors : pickerErrors);
        model.addAttribute("typedPath", typedPath);
        model.addAttribute("action", "/guide/self-check");
        if (choice.guideAvailable()) {
            model.addAttribute(
                    "exclusions",
                    SelfCheck.Rules.of(policies.inForce(
                                    RegionCode.of(choice.chosen().code()), policies.today()))
                            .askedAbout());
            model.addAttribute("levels", DisabilityLevel.values());
            model.addAttribute("categories", DisabilityCategory.values());
            model.addAttribute("households", SelfCheck.Household.values());
        }
        return "guide/self-check";
    }

    private FormErrors errors(List<String> missing, Locale locale) {
        return new FormErrors(missing.stream()
                .map(field -> new org.liangxiang.shared.web.Violation(
                        field, "REQUIRED", messages.getMessage("guide.selfCheck.required." + field, null, locale)))
                .toList());
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field, List<String> missing) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        missing.add(field);
        return null;
    }

    /** An answer that may be "not sure" (null). */
    private static <E extends Enum<E>> E optional(Class<E> type, String value, String field, List<String> missing) {
        if ("UNSURE".equals(value)) {
            return null;
        }
        return parse(type, value, field, missing);
    }
}
