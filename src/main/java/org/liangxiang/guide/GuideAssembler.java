package org.liangxiang.guide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.liangxiang.guide.Guide.Coded;
import org.liangxiang.guide.Guide.Text;
import org.liangxiang.policy.LayeredResolution;
import org.liangxiang.policy.PolicyInForce;
import org.liangxiang.policy.ReviewChainStep;
import org.liangxiang.policy.ReviewStep;
import org.liangxiang.shared.Money;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.Subsidy;
import org.springframework.context.MessageSource;

/** Puts a guide together from the policy in force, the material rules and the region's content. */
final class GuideAssembler {

    private final MessageSource messages;

    GuideAssembler(MessageSource messages) {
        this.messages = messages;
    }

    Guide assemble(
            RegionCode region,
            Subsidy subsidy,
            LocalDate date,
            PolicyInForce policy,
            LayeredResolution materialRules,
            LayeredResolution content) {
        return new Guide(
                region.value(),
                subsidy,
                date,
                new Text(subsidy.nameZh(), subsidy.nameEn()),
                summary(content, subsidy),
                conditions(policy, subsidy),
                amounts(policy, subsidy),
                new Guide.TimeLimits(
                        policy.acceptanceWorkingDays(),
                        policy.forwardingWorkingDays(),
                        policy.decisionWorkingDays(),
                        policy.notifyApplicantWorkingDays(),
                        policy.correctionWorkingDays(),
                        policy.publicNoticeDays(),
                        policy.publicNoticePausesDecisionClock()),
                steps(policy),
                materials(MaterialRules.combine(materialRules, Set.of(subsidy), Set.of())),
                situations(materialRules, subsidy),
                offices(content),
                policy.reference().toString());
    }

    private Text summary(LayeredResolution content, Subsidy subsidy) {
        return content.setting(ContentRules.summaryKey(subsidy))
                .map(s -> (Map<?, ?>) s.value())
                .map(m -> new Text((String) m.get("zh"), (String) m.get("en")))
                .orElse(null);
    }

    private Guide.Conditions conditions(PolicyInForce policy, Subsidy subsidy) {
        List<Coded> extensions = new ArrayList<>();
        if (subsidy == Subsidy.LIVING) {
            policy.livingExtensions().stream()
                    .sorted()
                    .forEach(e -> extensions.add(coded(e.name(), "guide.condition.extension." + e.name())));
        } else if (policy.careExtendedToLevels3And4IntellectualOrMental()) {
            extensions.add(
                    coded("LEVELS_3_AND_4_INTELLECTUAL_OR_MENTAL", "guide.condition.extension.CARE_LEVELS_3_AND_4"));
        }
        return new Guide.Conditions(
                text("guide.condition.target." + subsidy.name()),
                text("guide.condition.certificate"),
                extensions,
                policy.exclusions(subsidy).stream()
                        .sorted()
                        .map(e -> coded(e.name(), "guide.condition.exclusion." + e.name()))
                        .toList(),
                policy.higherOf(subsidy).stream()
                        .sorted()
                        .map(a -> coded(a.name(), "guide.condition.higherOf." + a.name()))
                        .toList());
    }

    private Guide.Amounts amounts(PolicyInForce policy, Subsidy subsidy) {
        Money base = policy.amount(subsidy).orElse(null);
        List<Guide.Tier> tiers = policy.tiers(subsidy).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new Guide.Tier(
                        e.getKey(),
                        e.getValue().fen(),
                        e.getValue().toYuanString(),
                        new Text(
                                message(
                                        "guide.amount.tier",
                                        Locale.SIMPLIFIED_CHINESE,
                                        e.getKey().nameZh(),
                                        e.getValue()),
                                message(
                                        "guide.amount.tier",
                                        Locale.ENGLISH,
                                        e.getKey().nameEn(),
                                        e.getValue()))))
                .toList();
        return new Guide.Amounts(
                base == null ? null : base.fen(),
                base == null ? null : base.toYuanString(),
                tiers,
                base == null ? text("guide.amount.unset") : text("guide.amount.perMonth", base.toYuanString()),
                coded(policy.paymentFrequency().name(), "guide.paymentFrequency." + policy.paymentFrequency()),
                coded(policy.paymentStart().name(), "guide.paymentStart." + policy.paymentStart()),
                policy.renewalBackPayCapMonths());
    }

    private List<Guide.Step> steps(PolicyInForce policy) {
        List<Guide.Step> steps = new ArrayList<>();
        steps.add(new Guide.Step(1, "SUBMISSION", null, null, text("guide.step.SUBMISSION")));
        steps.add(new Guide.Step(
                2,
                "ACCEPTANCE",
                "TOWNSHIP",
                policy.acceptanceWorkingDays(),
                text("guide.step.ACCEPTANCE", policy.acceptanceWorkingDays())));
        for (ReviewChainStep s : policy.reviewChain()) {
            String code = s.step() == ReviewStep.PUBLIC_NOTICE && policy.publicNoticePausesDecisionClock()
                    ? "guide.step.PUBLIC_NOTICE_PAUSING"
                    : "guide.step." + s.step();
            steps.add(new Guide.Step(
                    steps.size() + 1,
                    s.step().name(),
                    s.office().name(),
                    s.workingDays(),
                    new Text(
                            message(
                                    code,
                                    Locale.SIMPLIFIED_CHINESE,
                                    office(s, Locale.SIMPLIFIED_CHINESE),
                                    s.workingDays()),
                            message(code, Locale.ENGLISH, office(s, Locale.ENGLISH), s.workingDays()))));
        }
        steps.add(new Guide.Step(
                steps.size() + 1,
                "NOTIFICATION",
                null,
                policy.notifyApplicantWorkingDays(),
                text("guide.step.NOTIFICATION", policy.notifyApplicantWorkingDays())));
        return steps;
    }

    private String office(ReviewChainStep step, Locale locale) {
        return message("guide.office." + step.office().name(), locale);
    }

    private List<Guide.Material> materials(List<RequiredMaterial> required) {
        return required.stream().map(this::material).toList();
    }

    private Guide.Material material(RequiredMaterial m) {
        String prefix = "guide.material." + m.material().name();
        Subsidy subsidy = m.reason().subsidy();
        return new Guide.Material(
                m.material(),
                m.requirement(),
                text(prefix + ".name"),
                text(prefix + ".description"),
                text(prefix + ".example"),
                new Text(
                        message(m.reason().messageCode(), Locale.SIMPLIFIED_CHINESE, subsidy.nameZh())
                                + message("guide.requirement." + m.requirement(), Locale.SIMPLIFIED_CHINESE),
                        message(m.reason().messageCode(), Locale.ENGLISH, subsidy.nameEn()) + " "
                                + message("guide.requirement." + m.requirement(), Locale.ENGLISH)),
                m.reason().origin(),
                m.reason().region() == null ? null : m.reason().region().value());
    }

    private List<Guide.SituationMaterials> situations(LayeredResolution rules, Subsidy subsidy) {
        List<RequiredMaterial> base = MaterialRules.combine(rules, Set.of(subsidy), Set.of());
        List<Guide.SituationMaterials> result = new ArrayList<>();
        for (Situation situation : EnumSet.allOf(Situation.class)) {
            List<Guide.Material> changes = MaterialRules.combine(rules, Set.of(subsidy), Set.of(situation)).stream()
                    .filter(m -> base.stream()
                            .noneMatch(b -> b.material() == m.material() && b.requirement() == m.requirement()))
                    .map(this::material)
                    .toList();
            result.add(new Guide.SituationMaterials(situation, text("guide.situation." + situation.name()), changes));
        }
        return result;
    }

    private List<Guide.Office> offices(LayeredResolution content) {
        List<Guide.Office> offices = new ArrayList<>();
        for (OfficeRole role : OfficeRole.values()) {
            content.setting(ContentRules.contactKey(role)).ifPresent(s -> {
                Map<?, ?> c = (Map<?, ?>) s.value();
                offices.add(new Guide.Office(
                        role,
                        new Contact(
                                str(c, "name"),
                                str(c, "address"),
                                str(c, "hours"),
                                str(c, "phone"),
                                str(c, "sms"),
                                str(c, "onlineMessage"),
                                str(c, "wechat")),
                        s.region().value(),
                        s.versionId()));
            });
        }
        return offices;
    }

    private static String str(Map<?, ?> map, String key) {
        return map.get(key) == null ? null : Objects.toString(map.get(key));
    }

    private Coded coded(String code, String messageCode) {
        return new Coded(code, text(messageCode));
    }

    private Text text(String code, Object... args) {
        return new Text(message(code, Locale.SIMPLIFIED_CHINESE, args), message(code, Locale.ENGLISH, args));
    }

    private String message(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
