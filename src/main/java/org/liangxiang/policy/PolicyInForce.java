package org.liangxiang.policy;

import static org.liangxiang.policy.PolicyFields.*;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.Money;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.Subsidy;

/**
 * The policy in force for one region on one date: every field's value with the version and region that set it (or the
 * national default), and the {@link #reference()} that a decision stores to get exactly this answer again.
 */
public final class PolicyInForce {

    private final RegionCode region;
    private final LocalDate date;
    private final Map<String, ResolvedSetting> settings = new LinkedHashMap<>();
    private final Map<String, Object> values = new LinkedHashMap<>();
    private final PolicyReference reference;

    PolicyInForce(RegionCode region, LocalDate date, LayeredResolution resolution) {
        this.region = region;
        this.date = date;
        for (PolicyField<?> field : PolicyFields.all()) {
            ResolvedSetting setting = resolution.settingOr(field.key(), field.write(cast(field.nationalDefault())));
            settings.put(field.key(), setting);
            values.put(
                    field.key(),
                    setting.origin() == SettingOrigin.NATIONAL_DEFAULT
                            ? field.nationalDefault()
                            : field.read(setting.value()));
        }
        this.reference = new PolicyReference(region, date, PolicyFields.BASELINE, resolution.usedVersionIds());
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    public RegionCode region() {
        return region;
    }

    public LocalDate date() {
        return date;
    }

    /** Store this with a decision; {@link Policies#asOf(PolicyReference)} reproduces this answer from it. */
    public PolicyReference reference() {
        return reference;
    }

    /** The field's value (null only where the national rules set no figure and no region has set one). */
    @SuppressWarnings("unchecked")
    public <T> T value(PolicyField<T> field) {
        return (T) values.get(field.key());
    }

    /** Where the field's value comes from. */
    public ResolvedSetting source(PolicyField<?> field) {
        return settings.get(field.key());
    }

    /** Every field, in the order of {@link PolicyFields#all()}, with its value as JSON and its source. */
    public List<ResolvedSetting> settings() {
        return List.copyOf(settings.values());
    }

    public Set<LivingExtension> livingExtensions() {
        return value(LIVING_EXTENSIONS);
    }

    public boolean careExtendedToLevels3And4IntellectualOrMental() {
        return value(CARE_LEVELS_3_AND_4_INTELLECTUAL_OR_MENTAL);
    }

    public Set<Exclusion> exclusions(Subsidy subsidy) {
        return value(exclusionsOf(subsidy));
    }

    /** The similar allowances a person takes the higher of, instead of the subsidy. */
    public Set<SimilarAllowance> higherOf(Subsidy subsidy) {
        return value(HIGHER_OF).stream()
                .filter(a -> a.competesWith() == subsidy)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The base monthly amount, if the region (or a region above it) has set one. */
    public Optional<Money> amount(Subsidy subsidy) {
        return Optional.ofNullable(value(amountOf(subsidy)));
    }

    /** The monthly amount for a disability level: its tier if the region has one, else the base amount. */
    public Optional<Money> amount(Subsidy subsidy, DisabilityLevel level) {
        Money tier = tiers(subsidy).get(level);
        return tier != null ? Optional.of(tier) : amount(subsidy);
    }

    public Map<DisabilityLevel, Money> tiers(Subsidy subsidy) {
        return value(tiersOf(subsidy));
    }

    public Optional<FundingShares> fundingShares(Subsidy subsidy) {
        return Optional.ofNullable(value(fundingSharesOf(subsidy)));
    }

    public PaymentFrequency paymentFrequency() {
        return value(PAYMENT_FREQUENCY);
    }

    public PaymentStartRule paymentStart() {
        return value(PAYMENT_START);
    }

    public int renewalBackPayCapMonths() {
        return value(RENEWAL_BACK_PAY_CAP_MONTHS);
    }

    public List<ReviewChainStep> reviewChain() {
        return value(REVIEW_CHAIN);
    }

    public boolean publicNoticePausesDecisionClock() {
        return value(PUBLIC_NOTICE_PAUSES_DECISION_CLOCK);
    }

    /** The public-notice period, from the review chain's notice step; 0 where the region has no notice. */
    public int publicNoticeDays() {
        return reviewChain().stream()
                .filter(s -> s.step() == ReviewStep.PUBLIC_NOTICE)
                .mapToInt(ReviewChainStep::workingDays)
                .sum();
    }

    /**
     * The decision limit in working days from receipt: the sum of the days of the chain's steps that run on the
     * decision clock (all but a public notice that pauses it). Derived, so the split always adds up.
     */
    public int decisionWorkingDays() {
        return reviewChain().stream()
                .filter(s -> s.step() != ReviewStep.PUBLIC_NOTICE || !publicNoticePausesDecisionClock())
                .mapToInt(ReviewChainStep::workingDays)
                .sum();
    }

    public int acceptanceWorkingDays() {
        return value(ACCEPTANCE_DAYS);
    }

    public int forwardingWorkingDays() {
        return value(FORWARDING_DAYS);
    }

    public int notifyApplicantWorkingDays() {
        return value(NOTIFY_APPLICANT_DAYS);
    }

    public int correctionWorkingDays() {
        return value(CORRECTION_DAYS);
    }

    public int reminderLeadWorkingDays() {
        return value(REMINDER_LEAD_DAYS);
    }

    public int escalationAfterOverdueWorkingDays() {
        return value(ESCALATION_AFTER_OVERDUE_DAYS);
    }

    public int acceptanceOnTimeThresholdPercent() {
        return value(ACCEPTANCE_ON_TIME_THRESHOLD);
    }

    public int decisionOnTimeThresholdPercent() {
        return value(DECISION_ON_TIME_THRESHOLD);
    }
}
