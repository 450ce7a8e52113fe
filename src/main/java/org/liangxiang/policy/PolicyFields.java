package org.liangxiang.policy;

import static org.liangxiang.policy.Codecs.bool;
import static org.liangxiang.policy.Codecs.enumSet;
import static org.liangxiang.policy.Codecs.enumValue;
import static org.liangxiang.policy.Codecs.fen;
import static org.liangxiang.policy.Codecs.integer;
import static org.liangxiang.policy.CompoundCodecs.fundingShares;
import static org.liangxiang.policy.CompoundCodecs.reviewChain;
import static org.liangxiang.policy.CompoundCodecs.tiers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.Money;
import org.liangxiang.shared.Subsidy;

/**
 * Every policy setting with its key and its national default: the baseline that applies wherever no region has set the
 * field. The defaults follow 国发〔2015〕52号 (the subsidies), 民发〔2021〕70号 (the 2021 refinements), the 2021
 * 跨省通办 notice (time limits) and the 2022 全程网办 notice, as docs/policy.md and ../shared/DOMAIN.md summarise them.
 * Where the national rules leave a figure to the provinces (amounts, funding shares) the default is {@code null}.
 *
 * <p>Changing a national default changes answers already given: add a new {@link #BASELINE} instead, so that stored
 * references made under the old one are refused rather than silently answered differently.
 */
public final class PolicyFields {

    /** The national baseline these defaults form; policy references name it. */
    public static final String BASELINE = "CN1";

    static final long MAX_AMOUNT_FEN = 1_000_000; // 10,000 yuan a month: far above any real figure

    // Eligibility

    /** 52号: the living subsidy is for 低保 families; regions may extend it (民发〔2021〕70号). None nationally. */
    public static final PolicyField<Set<LivingExtension>> LIVING_EXTENSIONS =
            field("eligibility.living.extensions", enumSet(LivingExtension.class), Set.of(), "国发〔2015〕52号");

    /** 52号: regions may extend the care subsidy to level 3-4 intellectual or mental disability. Off nationally. */
    public static final PolicyField<Boolean> CARE_LEVELS_3_AND_4_INTELLECTUAL_OR_MENTAL =
            field("eligibility.care.levels3And4IntellectualOrMental", bool(), false, "国发〔2015〕52号");

    /** 52号 and 民发〔2021〕70号: 特困 support, 工伤 care allowance and the orphan guarantee exclude the living subsidy. */
    public static final PolicyField<Set<Exclusion>> LIVING_EXCLUSIONS = field(
            "eligibility.living.exclusions",
            enumSet(Exclusion.class),
            Set.of(Exclusion.EXTREME_POVERTY_SUPPORT, Exclusion.WORK_INJURY_CARE_ALLOWANCE, Exclusion.ORPHAN_GUARANTEE),
            "国发〔2015〕52号; 民发〔2021〕70号",
            keepsNational(Set.of(
                    Exclusion.EXTREME_POVERTY_SUPPORT,
                    Exclusion.WORK_INJURY_CARE_ALLOWANCE,
                    Exclusion.ORPHAN_GUARANTEE)));

    /** 52号: 特困 support and the 工伤 care allowance exclude the care subsidy. */
    public static final PolicyField<Set<Exclusion>> CARE_EXCLUSIONS = field(
            "eligibility.care.exclusions",
            enumSet(Exclusion.class),
            Set.of(Exclusion.EXTREME_POVERTY_SUPPORT, Exclusion.WORK_INJURY_CARE_ALLOWANCE),
            "国发〔2015〕52号",
            keepsNational(Set.of(Exclusion.EXTREME_POVERTY_SUPPORT, Exclusion.WORK_INJURY_CARE_ALLOWANCE)));

    /** 52号: with a similar allowance (old-age, 因公致残, 离休 care or living) a person gets the higher one (择高). */
    public static final PolicyField<Set<SimilarAllowance>> HIGHER_OF = field(
            "eligibility.higherOf", enumSet(SimilarAllowance.class), Set.of(SimilarAllowance.values()), "国发〔2015〕52号");

    // Money

    /** 52号: the province sets the amounts (cities and counties may raise them); no national figure. */
    public static final PolicyField<Money> LIVING_AMOUNT =
            field("money.living.amountFen", fen(MAX_AMOUNT_FEN), null, "国发〔2015〕52号: set by the province");

    public static final PolicyField<Money> CARE_AMOUNT =
            field("money.care.amountFen", fen(MAX_AMOUNT_FEN), null, "国发〔2015〕52号: set by the province");

    /** 52号 allows tiers, e.g. by disability level; a level not listed gets the base amount. None nationally. */
    public static final PolicyField<Map<DisabilityLevel, Money>> LIVING_TIERS =
            field("money.living.tiersFen", tiers(MAX_AMOUNT_FEN), Map.of(), "国发〔2015〕52号");

    public static final PolicyField<Map<DisabilityLevel, Money>> CARE_TIERS =
            field("money.care.tiersFen", tiers(MAX_AMOUNT_FEN), Map.of(), "国发〔2015〕52号");

    /** Paid monthly; some places pay quarterly. */
    public static final PolicyField<PaymentFrequency> PAYMENT_FREQUENCY =
            field("money.paymentFrequency", enumValue(PaymentFrequency.class), PaymentFrequency.MONTHLY, "国发〔2015〕52号");

    /** 52号: from the month the application was submitted (not the month of approval). */
    public static final PolicyField<PaymentStartRule> PAYMENT_START = field(
            "money.paymentStart",
            enumValue(PaymentStartRule.class),
            PaymentStartRule.MONTH_OF_SUBMISSION,
            "国发〔2015〕52号");

    /** Back-pay for a renewal after a certificate expired: provinces cite 3 months (unverified, so a setting). */
    public static final PolicyField<Integer> RENEWAL_BACK_PAY_CAP_MONTHS =
            field("money.renewalBackPayCapMonths", integer(0, 24), 3, "provincial practice (民发〔2021〕70号 as restated)");

    /** The funds are arranged by local governments; the split is the province's decision. No national figure. */
    public static final PolicyField<FundingShares> LIVING_FUNDING_SHARES =
            field("money.living.fundingShares", fundingShares(), null, "国发〔2015〕52号: set by the province");

    public static final PolicyField<FundingShares> CARE_FUNDING_SHARES =
            field("money.care.fundingShares", fundingShares(), null, "国发〔2015〕52号: set by the province");

    // Process

    /** 52号: township check, county federation review, county civil-affairs decision; 10 working days split 3+3+4. */
    public static final PolicyField<List<ReviewChainStep>> REVIEW_CHAIN = field(
            "process.reviewChain",
            reviewChain(),
            List.of(
                    new ReviewChainStep(ReviewStep.TOWNSHIP_CHECK, ReviewOffice.TOWNSHIP, 3),
                    new ReviewChainStep(ReviewStep.FEDERATION_REVIEW, ReviewOffice.COUNTY_FEDERATION, 3),
                    new ReviewChainStep(ReviewStep.CIVIL_AFFAIRS_DECISION, ReviewOffice.COUNTY_CIVIL_AFFAIRS, 4)),
            "国发〔2015〕52号; 2021 跨省通办 notice (10 working days)");

    /** Whether a public notice stops the decision clock while it runs (by default it does). */
    public static final PolicyField<Boolean> PUBLIC_NOTICE_PAUSES_DECISION_CLOCK =
            field("process.publicNotice.pausesDecisionClock", bool(), true, "DOMAIN.md: regional setting");

    // Deadlines in working days

    /** Accept, or say once and completely what is missing: after the administrative-licensing practice. */
    public static final PolicyField<Integer> ACCEPTANCE_DAYS =
            field("deadlines.acceptance.workingDays", integer(1, 30), 5, "行政许可法 practice (5 working days)");

    /** 2021 跨省通办 notice: the receiving office forwards within 3 working days of complete materials. */
    public static final PolicyField<Integer> FORWARDING_DAYS =
            field("deadlines.forwarding.workingDays", integer(1, 30), 3, "2021 跨省通办 notice");

    /** 2021 跨省通办 notice: the receiving office tells the applicant within 3 working days. */
    public static final PolicyField<Integer> NOTIFY_APPLICANT_DAYS =
            field("deadlines.notifyApplicant.workingDays", integer(1, 30), 3, "2021 跨省通办 notice");

    /** How long the applicant has to correct a returned application before it lapses. */
    public static final PolicyField<Integer> CORRECTION_DAYS =
            field("deadlines.correction.workingDays", integer(1, 120), 20, "system default (configurable)");

    /** How many working days before a deadline the office is reminded. */
    public static final PolicyField<Integer> REMINDER_LEAD_DAYS =
            field("deadlines.reminderLead.workingDays", integer(0, 10), 1, "system default (configurable)");

    /** How many working days overdue before a case is escalated to the office above. */
    public static final PolicyField<Integer> ESCALATION_AFTER_OVERDUE_DAYS =
            field("deadlines.escalationAfterOverdue.workingDays", integer(1, 30), 3, "system default (configurable)");

    // Supervision

    /** 2022 全程网办 notice item 9: regions accepting late are named; below this on-time share, in percent. */
    public static final PolicyField<Integer> ACCEPTANCE_ON_TIME_THRESHOLD =
            field("supervision.acceptanceOnTimeThresholdPercent", integer(0, 100), 90, "example figure");

    /** 2022 全程网办 notice item 9: regions handling slowly are named; below this on-time share, in percent. */
    public static final PolicyField<Integer> DECISION_ON_TIME_THRESHOLD =
            field("supervision.decisionOnTimeThresholdPercent", integer(0, 100), 90, "example figure");

    /** Derived, never set: the decision limit, the sum of the days of the steps on the decision clock. */
    public static final String DERIVED_DECISION_DAYS = "deadlines.decision.workingDays";

    /** Derived, never set: the public-notice days of the review chain's notice step (0: no notice). */
    public static final String DERIVED_PUBLIC_NOTICE_DAYS = "process.publicNotice.days";

    private static final List<PolicyField<?>> ALL = List.of(
            LIVING_EXTENSIONS,
            CARE_LEVELS_3_AND_4_INTELLECTUAL_OR_MENTAL,
            LIVING_EXCLUSIONS,
            CARE_EXCLUSIONS,
            HIGHER_OF,
            LIVING_AMOUNT,
            CARE_AMOUNT,
            LIVING_TIERS,
            CARE_TIERS,
            PAYMENT_FREQUENCY,
            PAYMENT_START,
            RENEWAL_BACK_PAY_CAP_MONTHS,
            LIVING_FUNDING_SHARES,
            CARE_FUNDING_SHARES,
            REVIEW_CHAIN,
            PUBLIC_NOTICE_PAUSES_DECISION_CLOCK,
            ACCEPTANCE_DAYS,
            FORWARDING_DAYS,
            NOTIFY_APPLICANT_DAYS,
            CORRECTION_DAYS,
            REMINDER_LEAD_DAYS,
            ESCALATION_AFTER_OVERDUE_DAYS,
            ACCEPTANCE_ON_TIME_THRESHOLD,
            DECISION_ON_TIME_THRESHOLD);

    private PolicyFields() {}

    /** Every field, in the order of docs/policy.md. */
    public static List<PolicyField<?>> all() {
        return ALL;
    }

    public static Optional<PolicyField<?>> byKey(String key) {
        return ALL.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    public static PolicyField<Money> amountOf(Subsidy subsidy) {
        return subsidy == Subsidy.LIVING ? LIVING_AMOUNT : CARE_AMOUNT;
    }

    public static PolicyField<Map<DisabilityLevel, Money>> tiersOf(Subsidy subsidy) {
        return subsidy == Subsidy.LIVING ? LIVING_TIERS : CARE_TIERS;
    }

    public static PolicyField<Set<Exclusion>> exclusionsOf(Subsidy subsidy) {
        return subsidy == Subsidy.LIVING ? LIVING_EXCLUSIONS : CARE_EXCLUSIONS;
    }

    public static PolicyField<FundingShares> fundingSharesOf(Subsidy subsidy) {
        return subsidy == Subsidy.LIVING ? LIVING_FUNDING_SHARES : CARE_FUNDING_SHARES;
    }

    private static <T> PolicyField<T> field(String key, FieldCodec<T> codec, T nationalDefault, String basis) {
        return new PolicyField<>(key, codec, nationalDefault, basis, null);
    }

    private static <T> PolicyField<T> field(
            String key, FieldCodec<T> codec, T nationalDefault, String basis, BiConsumer<String, T> check) {
        return new PolicyField<>(key, codec, nationalDefault, basis, check);
    }

    /** The national exclusions stay: a region may add to them, not take them away. */
    private static BiConsumer<String, Set<Exclusion>> keepsNational(Set<Exclusion> national) {
        return (key, value) -> {
            if (!value.containsAll(national)) {
                throw Codecs.refuse(
                        key,
                        "EXCLUSIONS_KEEP_NATIONAL",
                        "全国统一的排除情形不能取消，只能增加地方情形",
                        "The national exclusions stay; a region may only add to them");
            }
        };
    }
}
