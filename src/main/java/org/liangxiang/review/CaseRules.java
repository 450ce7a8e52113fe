package org.liangxiang.review;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.liangxiang.intake.CorrectionItem;
import org.liangxiang.shared.InvalidValueException;
import org.liangxiang.shared.Subsidy;

/** What an act's input must be: refused with the field and the rule before anything is touched. */
final class CaseRules {

    static final int MAX_TEXT = 2000;

    private CaseRules() {}

    static void checkCorrection(List<CorrectionItem> items, String note) {
        if (items == null || items.isEmpty() || items.stream().anyMatch(i -> i == null)) {
            throw new InvalidValueException(
                    "items",
                    "CORRECTION_ITEMS_REQUIRED",
                    "请逐项写明需要补正的材料或信息",
                    "Name each material or detail to be corrected");
        }
        checkLength("note", note);
    }

    /** A reason is required; an explanation too when the reason is "other". */
    static void checkReason(Enum<?> reason, boolean other, String explanation) {
        if (reason == null) {
            throw new InvalidValueException("reason", "REASON_REQUIRED", "请选择原因", "Choose a reason");
        }
        if (other && (explanation == null || explanation.isBlank())) {
            throw new InvalidValueException(
                    "explanation",
                    "EXPLANATION_REQUIRED",
                    "原因为“其他”时，请用通俗的语言写明具体原因",
                    "When the reason is \"other\", explain it in plain language");
        }
        checkLength("explanation", explanation);
    }

    static void checkObjection(String note) {
        if (note == null || note.isBlank()) {
            throw new InvalidValueException("note", "OBJECTION_NOTE_REQUIRED", "请写明异议的内容", "Say what the objection is");
        }
        checkLength("note", note);
    }

    static void checkDecisions(List<SubsidyDecision> decisions, ReviewCase c) {
        if (decisions == null || decisions.isEmpty()) {
            throw new InvalidValueException(
                    "decisions", "DECISION_REQUIRED", "请对至少一项补贴作出决定", "Decide on at least one subsidy");
        }
        Set<Subsidy> seen = new HashSet<>();
        for (SubsidyDecision d : decisions) {
            if (d == null || d.subsidy() == null) {
                throw new InvalidValueException("subsidy", "SUBSIDY_REQUIRED", "请选择补贴", "Choose a subsidy");
            }
            if (!c.subsidies.containsKey(d.subsidy()) || !seen.add(d.subsidy())) {
                throw new InvalidValueException(
                        "subsidy",
                        "SUBSIDY_NOT_REQUESTED",
                        "这项补贴不在本申请中，或重复出现",
                        "This subsidy was not requested in this application, or is named twice");
            }
            if (!c.subsidies.get(d.subsidy()).pending()) {
                throw new CaseConflictException(CaseConflictException.Rule.NOT_PENDING, "decide", c.summary());
            }
            if (!d.approve()) {
                checkReason(d.reason(), d.reason() == RefusalReason.OTHER, d.explanation());
            }
        }
    }

    private static void checkLength(String field, String text) {
        if (text != null && text.length() > MAX_TEXT) {
            throw new InvalidValueException(field, "TEXT_TOO_LONG", "内容不能超过2000字", "At most 2,000 characters");
        }
    }
}
