package org.liangxiang.review.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liangxiang.intake.CorrectionItem;
import org.liangxiang.policy.ReviewStep;
import org.liangxiang.review.NonAcceptanceReason;
import org.liangxiang.review.RefusalReason;
import org.liangxiang.review.SubsidyDecision;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.Subsidy;

/**
 * Reads the case page's forms into what the review services take: the version, the correction items, reason codes and
 * the decisions per subsidy. Checks only the form's shape (a missing or unknown value); the rules are the services'.
 */
final class ActForms {

    private ActForms() {}

    static long version(String expectedVersion) {
        try {
            return Long.parseLong(expectedVersion == null ? "" : expectedVersion.strip());
        } catch (NumberFormatException e) {
            throw new InvalidValueException(
                    "expectedVersion", "VERSION_REQUIRED", "请提供所依据的案件版本号", "Name the case version the act is based on");
        }
    }

    /** The step the completion form names; none: the service completes the current step. */
    static ReviewStep step(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ReviewStep.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("step", "STEP_UNKNOWN", "无法识别要完成的环节", "The step to complete is unknown");
        }
    }

    static List<CorrectionItem> items(List<String> materials, List<String> fields) {
        List<CorrectionItem> items = new ArrayList<>();
        if (materials != null) {
            materials.forEach(m -> items.add(CorrectionItem.material(m)));
        }
        if (fields != null) {
            fields.forEach(f -> items.add(CorrectionItem.field(f)));
        }
        return items;
    }

    static UUID account(String value) {
        try {
            return UUID.fromString(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(
                    "assignee", "ASSIGNEE_REQUIRED", "请选择接手的工作人员", "Choose who takes the case over");
        }
    }

    static NonAcceptanceReason nonAcceptance(String value) {
        try {
            return NonAcceptanceReason.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("reason", "REASON_REQUIRED", "请选择不予受理的原因", "Choose the reason");
        }
    }

    static RefusalReason refusal(String field, String value) {
        try {
            return RefusalReason.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(field, "REASON_REQUIRED", "请选择不予批准的原因", "Choose the reason");
        }
    }

    static Subsidy subsidy(String value) {
        try {
            return Subsidy.valueOf(value == null ? "" : value);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException("subsidy", "SUBSIDY_REQUIRED", "请选择补贴", "Choose the subsidy");
        }
    }

    /**
     * The decision per subsidy from {@code decision.<SUBSIDY>} (APPROVE or REFUSE; blank: not decided now), with {@code
     * reason.<SUBSIDY>} and {@code explanation.<SUBSIDY>} for a refusal.
     */
    static List<SubsidyDecision> decisions(Map<String, String> form) {
        List<SubsidyDecision> decisions = new ArrayList<>();
        for (Subsidy subsidy : Subsidy.values()) {
            String choice = form.getOrDefault("decision." + subsidy.name(), "");
            if ("APPROVE".equals(choice)) {
                decisions.add(SubsidyDecision.approve(subsidy));
            } else if ("REFUSE".equals(choice)) {
                decisions.add(SubsidyDecision.refuse(
                        subsidy,
                        refusal("reason." + subsidy.name(), form.get("reason." + subsidy.name())),
                        form.get("explanation." + subsidy.name())));
            }
        }
        if (decisions.isEmpty()) {
            throw new InvalidValueException(
                    "decisions", "DECISION_REQUIRED", "请至少对一项补贴作出决定", "Decide on at least one subsidy");
        }
        return decisions;
    }
}
