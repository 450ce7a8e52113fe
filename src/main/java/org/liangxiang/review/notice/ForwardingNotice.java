package org.liangxiang.review.notice;

import java.time.LocalDate;
import java.util.Set;
import org.liangxiang.shared.Subsidy;

/**
 * 转办告知: the household registration is in another county, so the receiving township has sent the case to the home
 * township's office, which handles and decides it from now on.
 *
 * @param receivingOffice where the application was handed in
 * @param homeOffice the office of the home township that now owns the case, with its contacts
 */
public record ForwardingNotice(
        Addressee addressee,
        Set<Subsidy> subsidies,
        OfficeContact receivingOffice,
        OfficeContact homeOffice,
        LocalDate receivedOn,
        LocalDate forwardedOn) {

    public ForwardingNotice {
        NoticeValues.required(addressee, "addressee");
        subsidies = NoticeValues.subsidies(subsidies);
        NoticeValues.required(receivingOffice, "receivingOffice");
        NoticeValues.required(homeOffice, "homeOffice");
        NoticeValues.required(receivedOn, "receivedOn");
        NoticeValues.required(forwardedOn, "forwardedOn");
        if (forwardedOn.isBefore(receivedOn)) {
            throw new IllegalArgumentException("forwardedOn: not before receivedOn");
        }
    }
}
