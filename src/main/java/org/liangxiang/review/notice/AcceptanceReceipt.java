package org.liangxiang.review.notice;

import java.time.LocalDate;
import java.util.Set;
import org.liangxiang.shared.Subsidy;

/**
 * 受理回执: the application is complete and accepted, and a decision is expected by a date.
 *
 * @param channel the name of the intake channel ({@code ONLINE_WEB}, {@code ONLINE_MOBILE}, {@code WINDOW},
 *     {@code ASSISTED}, {@code PARTNER}); its label is {@code review.notice.channel.<NAME>}
 * @param receivingOffice the township office that accepted it, with its contacts
 * @param decisionWorkingDays the working days from acceptance to the decision, from policy
 * @param expectedDecisionBy the date those working days end (the clock pauses while the applicant corrects)
 */
public record AcceptanceReceipt(
        Addressee addressee,
        Set<Subsidy> subsidies,
        String channel,
        OfficeContact receivingOffice,
        LocalDate receivedOn,
        LocalDate acceptedOn,
        int decisionWorkingDays,
        LocalDate expectedDecisionBy) {

    public AcceptanceReceipt {
        NoticeValues.required(addressee, "addressee");
        subsidies = NoticeValues.subsidies(subsidies);
        channel = NoticeValues.code(channel, "channel");
        NoticeValues.required(receivingOffice, "receivingOffice");
        NoticeValues.required(receivedOn, "receivedOn");
        NoticeValues.required(acceptedOn, "acceptedOn");
        NoticeValues.required(expectedDecisionBy, "expectedDecisionBy");
        if (decisionWorkingDays < 1) {
            throw new IllegalArgumentException("decisionWorkingDays: at least 1");
        }
        if (acceptedOn.isBefore(receivedOn) || expectedDecisionBy.isBefore(acceptedOn)) {
            throw new IllegalArgumentException("dates: received <= accepted <= expected decision");
        }
    }
}
