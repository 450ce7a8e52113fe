package org.liangxiang.review.notice;

import java.util.Locale;
import java.util.Map;
import org.liangxiang.shared.document.PdfRenderer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The PDF of each notice, in the applicant's language: Chinese unless English is asked for. Templates are {@code
 * templates/review/documents/<name>.html}, texts {@code messages/review.notice*.properties}; each template gets the
 * record as {@code notice} and a {@link NoticeFormat} as {@code fmt}.
 */
@Component
public class Notices {

    private final PdfRenderer renderer;
    private final MessageSource messages;

    Notices(PdfRenderer renderer, MessageSource messages) {
        this.renderer = renderer;
        this.messages = messages;
    }

    /** 受理回执. @throws org.springframework.context.NoSuchMessageException for a channel without a label */
    public byte[] acceptanceReceipt(AcceptanceReceipt receipt, Locale language) {
        requireMessage("review.notice.channel." + receipt.channel(), language);
        return render("acceptance-receipt", receipt, language);
    }

    /** 补正材料通知书. @throws org.springframework.context.NoSuchMessageException for an item's unknown label key */
    public byte[] correctionNotice(CorrectionNotice notice, Locale language) {
        notice.items().forEach(item -> requireMessage(item.labelKey(), language));
        return render("correction-notice", notice, language);
    }

    /** 不予受理通知书. */
    public byte[] nonAcceptanceNotice(NonAcceptanceNotice notice, Locale language) {
        return render("non-acceptance-notice", notice, language);
    }

    /** 转办告知. */
    public byte[] forwardingNotice(ForwardingNotice notice, Locale language) {
        return render("forwarding-notice", notice, language);
    }

    /** 审批决定 for one approved subsidy. */
    public byte[] approvalNotice(ApprovalNotice notice, Locale language) {
        return render("approval-notice", notice, language);
    }

    /** 不予批准决定 for one refused subsidy. */
    public byte[] refusalNotice(RefusalNotice notice, Locale language) {
        return render("refusal-notice", notice, language);
    }

    /** 公示名单, printable for notice boards. */
    public byte[] publicNoticeList(PublicNoticeList list, Locale language) {
        return render("public-notice-list", list, language);
    }

    /** The language a notice is printed in: English when asked for, else simplified Chinese (also for null). */
    public static Locale language(Locale requested) {
        return english(requested) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    static boolean english(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /**
     * Keys that come from the caller are checked before printing: a notice never shows a key instead of its text.
     *
     * @throws org.springframework.context.NoSuchMessageException naming the key
     */
    private void requireMessage(String key, Locale requested) {
        messages.getMessage(key, null, language(requested));
    }

    private byte[] render(String document, Record notice, Locale requested) {
        Locale locale = language(requested);
        return renderer.render(
                "review/documents/" + document, Map.of("notice", notice, "fmt", new NoticeFormat(locale)), locale);
    }
}
