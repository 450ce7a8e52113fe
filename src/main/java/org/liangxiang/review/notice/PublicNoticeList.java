package org.liangxiang.review.notice;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.crypto.Masking;

/**
 * 公示名单 of one township for one notice period: who is proposed for which subsidy, with names and resident ids
 * masked, and how to raise an objection: the printable PDF ({@link Notices#publicNoticeList}) for notice boards, and
 * the page through {@link PublicNoticePage}.
 *
 * @param township the township's name, e.g. 林山寨街道
 * @param from the first day of the notice period
 * @param to the last day of the notice period
 * @param entries the people on the list, in the order to print (may be empty)
 * @param objectionOffice where objections go, with its phone and text contacts
 * @param objectionsBy the last day to raise an objection
 */
public record PublicNoticeList(
        String township,
        LocalDate from,
        LocalDate to,
        List<Entry> entries,
        OfficeContact objectionOffice,
        LocalDate objectionsBy) {

    public PublicNoticeList {
        township = NoticeValues.text(township, "township");
        NoticeValues.required(from, "from");
        NoticeValues.required(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to: not before from");
        }
        entries = List.copyOf(NoticeValues.required(entries, "entries"));
        NoticeValues.required(objectionOffice, "objectionOffice");
        NoticeValues.required(objectionsBy, "objectionsBy");
    }

    /**
     * One person on the list, masked: only these forms are ever held, so neither the page nor the PDF can show more.
     *
     * @param maskedName e.g. 张*
     * @param maskedResidentId e.g. 410102********1234
     * @param village the village or residents' community, or null when not known
     * @param level the disability level on the certificate
     */
    public record Entry(
            String maskedName, String maskedResidentId, String village, Set<Subsidy> subsidies, DisabilityLevel level) {

        public Entry {
            maskedName = NoticeValues.masked(maskedName, "maskedName");
            maskedResidentId = NoticeValues.masked(maskedResidentId, "maskedResidentId");
            village = NoticeValues.optional(village);
            subsidies = NoticeValues.subsidies(subsidies);
            NoticeValues.required(level, "level");
        }

        /** An entry from the clear values, masked here with {@link Masking}. */
        public static Entry masking(
                String fullName, ResidentId residentId, String village, Set<Subsidy> subsidies, DisabilityLevel level) {
            return new Entry(Masking.name(fullName), residentId.masked(), village, subsidies, level);
        }
    }
}
