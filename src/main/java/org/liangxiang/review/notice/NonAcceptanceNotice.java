package org.liangxiang.review.notice;

import java.time.LocalDate;
import java.util.Set;
import org.liangxiang.review.NonAcceptanceReason;
import org.liangxiang.shared.Subsidy;

/**
 * 不予受理通知书: the application is not accepted, why (the reason's explanation and basis from {@code
 * review.nonAcceptance.<CODE>.*}), and the remedies.
 *
 * @param office the township office that decided, with its contacts
 * @param clerkExplanation the clerk's own explanation: required for {@link NonAcceptanceReason#OTHER}, else optional
 */
public record NonAcceptanceNotice(
        Addressee addressee,
        Set<Subsidy> subsidies,
        OfficeContact office,
        LocalDate receivedOn,
        LocalDate decidedOn,
        NonAcceptanceReason reason,
        String clerkExplanation) {

    public NonAcceptanceNotice {
        NoticeValues.required(addressee, "addressee");
        subsidies = NoticeValues.subsidies(subsidies);
        NoticeValues.required(office, "office");
        NoticeValues.required(receivedOn, "receivedOn");
        NoticeValues.required(decidedOn, "decidedOn");
        NoticeValues.required(reason, "reason");
        clerkExplanation = NoticeValues.optional(clerkExplanation);
        if (reason == NonAcceptanceReason.OTHER && clerkExplanation == null) {
            throw new IllegalArgumentException("clerkExplanation: required when the reason is OTHER");
        }
    }
}
