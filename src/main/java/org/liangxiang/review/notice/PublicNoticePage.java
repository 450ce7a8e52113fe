package org.liangxiang.review.notice;

import java.util.List;
import java.util.Locale;

/**
 * The model of the public-notice page ({@link #TEMPLATE}, the shared layout, masked data only, a print style sheet):
 * the list with its dates and names already in the page's language. A controller does {@code
 * model.addAttribute(PublicNoticePage.MODEL_ATTRIBUTE, PublicNoticePage.of(list, locale, pdfHref))} and returns {@link
 * #TEMPLATE}.
 *
 * @param list the list itself (township, dates, objection office)
 * @param from the first day of the notice period, as printed
 * @param to the last day, as printed
 * @param objectionsBy the last day for objections, as printed
 * @param rows one per person, in the list's order
 * @param pdfHref where the printable PDF of the same list is, or null when there is no link to offer
 */
public record PublicNoticePage(
        PublicNoticeList list, String from, String to, String objectionsBy, List<Row> rows, String pdfHref) {

    /** The page template. */
    public static final String TEMPLATE = "review/public-notice";

    /** The name under which the template expects this record. */
    public static final String MODEL_ATTRIBUTE = "page";

    public PublicNoticePage {
        NoticeValues.required(list, "list");
        rows = List.copyOf(rows);
        pdfHref = NoticeValues.optional(pdfHref);
    }

    public static PublicNoticePage of(PublicNoticeList list, Locale requested, String pdfHref) {
        NoticeFormat format = new NoticeFormat(Notices.language(requested));
        List<Row> rows = list.entries().stream()
                .map(entry -> new Row(
                        entry.maskedName(),
                        entry.maskedResidentId(),
                        entry.village(),
                        format.subsidies(entry.subsidies()),
                        format.level(entry.level())))
                .toList();
        return new PublicNoticePage(
                list,
                format.date(list.from()),
                format.date(list.to()),
                format.date(list.objectionsBy()),
                rows,
                pdfHref);
    }

    /** One person, masked, with the subsidies and level in words. */
    public record Row(String maskedName, String maskedResidentId, String village, String subsidies, String level) {}
}
