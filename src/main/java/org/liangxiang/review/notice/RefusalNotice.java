package org.liangxiang.review.notice;

import java.time.LocalDate;
import org.liangxiang.review.RefusalReason;
import org.liangxiang.shared.Subsidy;

/**
 * 不予批准决定 for one subsidy: refused, why (the reason's plain-language explanation and policy basis from {@code
 * review.refusal.<CODE>.*}, and the reviewer's own words), who decided, and the remedies (administrative
 * reconsideration within 60 days, administrative litigation within 6 months).
 *
 * @param reviewerExplanation the reviewer's explanation: required for {@link RefusalReason#OTHER}, else optional
 * @param decidingOffice the office that refused (at whichever step it did), with its contacts
 */
public record RefusalNotice(
        Addressee addressee,
        Subsidy subsidy,
        RefusalReason reason,
        String reviewerExplanation,
        OfficeContact decidingOffice,
        LocalDate decidedOn) {

    public RefusalNotice {
        NoticeValues.required(addressee, "addressee");
        NoticeValues.required(subsidy, "subsidy");
        NoticeValues.required(reason, "reason");
        reviewerExplanation = NoticeValues.optional(reviewerExplanation);
        if (reason == RefusalReason.OTHER && reviewerExplanation == null) {
            throw new IllegalArgumentException("reviewerExplanation: required when the reason is OTHER");
        }
        NoticeValues.required(decidingOffice, "decidingOffice");
        NoticeValues.required(decidedOn, "decidedOn");
    }
}
