package org.liangxiang.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.liangxiang.intake.CorrectionItem;
import org.liangxiang.intake.NoticeKind;
import org.liangxiang.policy.PaymentFrequency;
import org.liangxiang.policy.ReviewOffice;
import org.liangxiang.shared.Money;
import org.liangxiang.shared.Subsidy;

/**
 * A notice an act owes, with what it prints of the act (stored as the {@code details} of a {@code review_notice} row
 * and rendered after the act's commit by {@link NoticeIssuer}). Never the person: the notice reads the addressee from
 * intake when it is rendered. Townships name the office whose contacts the notice gives.
 */
sealed interface NoticeDue {

    NoticeKind kind();

    /** The subsidy a per-subsidy notice is about; null for the notices of the whole application. */
    default Subsidy subsidy() {
        return null;
    }

    static Class<? extends NoticeDue> type(NoticeKind kind) {
        return switch (kind) {
            case ACCEPTANCE_RECEIPT -> Receipt.class;
            case CORRECTION_NOTICE -> Correction.class;
            case NON_ACCEPTANCE_NOTICE -> NonAcceptance.class;
            case FORWARDING_NOTICE -> Forwarding.class;
            case APPROVAL_NOTICE -> Approval.class;
            case REFUSAL_NOTICE -> Refusal.class;
        };
    }

    record Receipt(
            Set<Subsidy> subsidies,
            String channel,
            String township,
            LocalDate receivedOn,
            LocalDate acceptedOn,
            int decisionWorkingDays,
            LocalDate expectedDecisionBy)
            implements NoticeDue {

        @Override
        public NoticeKind kind() {
            return NoticeKind.ACCEPTANCE_RECEIPT;
        }
    }

    record Correction(
            String township,
            ReviewOffice office,
            LocalDate on,
            List<CorrectionItem> items,
            String note,
            LocalDate dueDate)
            implements NoticeDue {

        @Override
        public NoticeKind kind() {
            return NoticeKind.CORRECTION_NOTICE;
        }
    }

    record NonAcceptance(
            Set<Subsidy> subsidies,
            String township,
            LocalDate receivedOn,
            LocalDate on,
            NonAcceptanceReason reason,
            String explanation)
            implements NoticeDue {

        @Override
        public NoticeKind kind() {
            return NoticeKind.NON_ACCEPTANCE_NOTICE;
        }
    }

    record Forwarding(Set<Subsidy> subsidies, String from, String to, LocalDate receivedOn, LocalDate on)
            implements NoticeDue {

        @Override
        public NoticeKind kind() {
            return NoticeKind.FORWARDING_NOTICE;
        }
    }

    record Refusal(
            Subsidy subsidy,
            RefusalReason reason,
            String explanation,
            String township,
            ReviewOffice office,
            LocalDate on)
            implements NoticeDue {

        @Override
        public NoticeKind kind() {
            return NoticeKind.REFUSAL_NOTICE;
        }
    }

    record Approval(
            Subsidy subsidy,
            Money monthlyAmount,
            YearMonth startMonth,
            PaymentFrequency frequency,
            String township,
            ReviewOffice office,
            LocalDate on)
            implements NoticeDue {

        @Override
        public NoticeKind kind() {
            return NoticeKind.APPROVAL_NOTICE;
        }
    }
}
