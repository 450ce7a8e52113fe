package org.liangxiang.guide.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.liangxiang.policy.Exclusion;
import org.liangxiang.policy.LivingExtension;
import org.liangxiang.policy.PolicyInForce;
import org.liangxiang.shared.DisabilityCategory;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.Subsidy;

/**
 * (Public only for the templates' expressions; internal to the guide module.) The eligibility self-check: a few plain answers against the region's policy in force, giving for each subsidy
 * whether it may fit, and why. Guidance only: the decision is the review chain's, on checked facts. The rules follow
 * the policy's conditions (the guide's {@code guide.condition.*}): a valid certificate; the living subsidy for 低保
 * households and the extensions the region has switched on; the care subsidy for levels 1-2 needing long-term care and,
 * where switched on, levels 3-4 intellectual or mental (or multiple including them); the region's exclusions.
 */
public final class SelfCheck {

    public enum Answer {
        YES,
        NO,
        UNSURE
    }

    public enum Household {
        MINIMUM_LIVING_GUARANTEE,
        NEAR_POVERTY,
        LOW_INCOME,
        OTHER_HARDSHIP,
        EXTREME_POVERTY_SUPPORT,
        NONE,
        UNSURE
    }

    public enum Fit {
        MAY_FIT,
        UNCLEAR,
        UNLIKELY
    }

    /**
     * @param level null when the person is not sure
     * @param category null when the person is not sure
     * @param receives the benefits (exclusions other than 特困 support, which is a household answer) the person receives
     */
    public record Answers(
            Answer certificate,
            DisabilityLevel level,
            DisabilityCategory category,
            Household household,
            Answer longTermCare,
            Set<Exclusion> receives,
            boolean forSomeoneElse) {}

    /** What of the policy in force the check reads. */
    public record Rules(
            Set<LivingExtension> livingExtensions,
            boolean careLevels3And4,
            Set<Exclusion> livingExclusions,
            Set<Exclusion> careExclusions) {

        static Rules of(PolicyInForce policy) {
            return new Rules(
                    policy.livingExtensions(),
                    policy.careExtendedToLevels3And4IntellectualOrMental(),
                    policy.exclusions(Subsidy.LIVING),
                    policy.exclusions(Subsidy.CARE));
        }

        /** The exclusions the form asks about: those in force for either subsidy, but 特困 (a household answer). */
        Set<Exclusion> askedAbout() {
            Set<Exclusion> asked = EnumSet.noneOf(Exclusion.class);
            asked.addAll(livingExclusions);
            asked.addAll(careExclusions);
            asked.remove(Exclusion.EXTREME_POVERTY_SUPPORT);
            return asked;
        }
    }

    /** The answer for one subsidy, with the message codes ({@code guide.selfCheck.reason.*}) that explain it. */
    public record Result(Subsidy subsidy, Fit fit, List<String> reasons) {}

    private SelfCheck() {}

    static List<Result> assess(Answers answers, Rules rules) {
        return List.of(living(answers, rules), care(answers, rules));
    }

    static Result living(Answers a, Rules rules) {
        List<String> reasons = new ArrayList<>();
        Fit fit = common(a, rules.livingExclusions(), reasons);
        if (fit == Fit.UNLIKELY) {
            return new Result(Subsidy.LIVING, fit, reasons);
        }
        Fit household = switch (a.household()) {
            case MINIMUM_LIVING_GUARANTEE -> reason(reasons, Fit.MAY_FIT, "LIVING_DIBAO");
            case NEAR_POVERTY, LOW_INCOME, OTHER_HARDSHIP ->
                rules.livingExtensions()
                                .contains(LivingExtension.valueOf(a.household().name()))
                        ? reason(reasons, Fit.MAY_FIT, "LIVING_EXTENDED")
                        : reason(reasons, Fit.UNLIKELY, "LIVING_NOT_EXTENDED");
            case EXTREME_POVERTY_SUPPORT -> reason(reasons, Fit.UNLIKELY, "LIVING_NO_HARDSHIP");
            case NONE -> reason(reasons, Fit.UNLIKELY, "LIVING_NO_HARDSHIP");
            case UNSURE -> reason(reasons, Fit.UNCLEAR, "HOUSEHOLD_UNSURE");
        };
        return new Result(Subsidy.LIVING, weaker(fit, household), reasons);
    }

    static Result care(Answers a, Rules rules) {
        List<String> reasons = new ArrayList<>();
        Fit fit = common(a, rules.careExclusions(), reasons);
        if (fit == Fit.UNLIKELY) {
            return new Result(Subsidy.CARE, fit, reasons);
        }
        if (a.longTermCare() == Answer.NO) {
            return new Result(Subsidy.CARE, reason(reasons, Fit.UNLIKELY, "CARE_NO_LONG_TERM_NEED"), reasons);
        }
        if (a.longTermCare() == Answer.UNSURE) {
            fit = weaker(fit, reason(reasons, Fit.UNCLEAR, "CARE_NEED_UNSURE"));
        }
        return new Result(Subsidy.CARE, weaker(fit, careLevel(a, rules, reasons)), reasons);
    }

    private static Fit careLevel(Answers a, Rules rules, List<String> reasons) {
        if (a.level() == null) {
            return reason(reasons, Fit.UNCLEAR, "LEVEL_UNSURE");
        }
        if (a.level() == DisabilityLevel.LEVEL_1 || a.level() == DisabilityLevel.LEVEL_2) {
            return reason(reasons, Fit.MAY_FIT, "CARE_SEVERE");
        }
        if (!rules.careLevels3And4()) {
            return reason(reasons, Fit.UNLIKELY, "CARE_LEVEL_NOT_COVERED");
        }
        if (a.category() == null) {
            return reason(reasons, Fit.UNCLEAR, "CATEGORY_UNSURE");
        }
        return switch (a.category()) {
            case INTELLECTUAL, MENTAL -> reason(reasons, Fit.MAY_FIT, "CARE_EXTENDED");
            case MULTIPLE -> reason(reasons, Fit.UNCLEAR, "CARE_EXTENDED_MULTIPLE");
            default -> reason(reasons, Fit.UNLIKELY, "CARE_LEVEL_NOT_COVERED");
        };
    }

    /** The certificate and the exclusions, which both subsidies share. */
    private static Fit common(Answers a, Set<Exclusion> exclusions, List<String> reasons) {
        if (a.certificate() == Answer.NO) {
            return reason(reasons, Fit.UNLIKELY, "NO_CERTIFICATE");
        }
        if (a.household() == Household.EXTREME_POVERTY_SUPPORT
                && exclusions.contains(Exclusion.EXTREME_POVERTY_SUPPORT)) {
            return reason(reasons, Fit.UNLIKELY, "EXCLUDED");
        }
        if (a.receives().stream().anyMatch(exclusions::contains)) {
            return reason(reasons, Fit.UNLIKELY, "EXCLUDED");
        }
        return a.certificate() == Answer.UNSURE ? reason(reasons, Fit.UNCLEAR, "CERTIFICATE_UNSURE") : Fit.MAY_FIT;
    }

    private static Fit reason(List<String> reasons, Fit fit, String code) {
        reasons.add("guide.selfCheck.reason." + code);
        return fit;
    }

    /** The less hopeful of two answers: UNLIKELY over UNCLEAR over MAY_FIT. */
    private static Fit weaker(Fit a, Fit b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
