package org.liangxiang.guide;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liangxiang.policy.SettingOrigin;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.Subsidy;

/**
 * The service guide for one subsidy in one region on one date, as structured data for the portal, the workbench and
 * print. Every figure (amount, time limit, step) is read from the policy in force; texts are in Chinese and English.
 *
 * @param policyReference the policy the figures come from (reproducible with {@code Policies.asOf})
 */
public record Guide(
        String region,
        Subsidy subsidy,
        LocalDate date,
        Text name,
        Text summary,
        Conditions conditions,
        Amounts amounts,
        TimeLimits timeLimits,
        List<Step> steps,
        List<Material> materials,
        List<SituationMaterials> situations,
        List<Office> offices,
        String policyReference) {

    /** A text in both languages. */
    public record Text(String zh, String en) {}

    /** A code with its text. */
    public record Coded(String code, Text text) {}

    /** Who qualifies: the core target, the region's extensions, the exclusions, and the 择高 allowances. */
    public record Conditions(
            Text target, Text certificate, List<Coded> extensions, List<Coded> exclusions, List<Coded> higherOf) {}

    /** The amounts per person per month ({@code baseFen} null where no region has set one), tiers by level. */
    public record Amounts(
            Long baseFen,
            String baseYuan,
            List<Tier> tiers,
            Text text,
            Coded paymentFrequency,
            Coded paymentStart,
            int renewalBackPayCapMonths) {}

    public record Tier(DisabilityLevel level, long fen, String yuan, Text text) {}

    /** Working days: acceptance, the decision (all steps), telling the applicant, correcting; notice days. */
    public record TimeLimits(
            int acceptanceWorkingDays,
            int forwardingWorkingDays,
            int decisionWorkingDays,
            int notifyApplicantWorkingDays,
            int correctionWorkingDays,
            int publicNoticeDays,
            boolean publicNoticePausesDecisionClock) {}

    /** A step of the way, from the policy's review chain (submission and acceptance first). */
    public record Step(int order, String step, String office, Integer workingDays, Text text) {}

    /** A material the ordinary application (no special situation) needs, with its description and example. */
    public record Material(
            MaterialType material,
            Requirement requirement,
            Text name,
            Text description,
            Text example,
            Text reason,
            SettingOrigin origin,
            String setBy) {}

    /** What changes in the materials when a situation applies (e.g. someone applies for the person). */
    public record SituationMaterials(Situation situation, Text text, List<Material> changes) {}

    /** An office's window and contacts, and the region whose content set them. */
    public record Office(OfficeRole role, Contact contact, String setBy, UUID versionId) {}
}
