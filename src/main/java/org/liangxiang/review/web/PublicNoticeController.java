package org.liangxiang.review.web;

import java.time.LocalDate;
import java.util.Locale;
import org.liangxiang.account.SignedInStaff;
import org.liangxiang.review.PublicNotices;
import org.liangxiang.review.Reviewer;
import org.liangxiang.review.notice.PublicNoticeList;
import org.liangxiang.review.notice.PublicNoticePage;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public-notice lists of the jurisdiction for printing ({@code /staff/public-notices}): the lists, each one as the
 * review.notice page (masked data only) and as its PDF for the notice board.
 */
@Controller
class PublicNoticeController {

    private final PublicNotices notices;

    PublicNoticeController(PublicNotices notices) {
        this.notices = notices;
    }

    @GetMapping("/staff/public-notices")
    String lists(@AuthenticationPrincipal SignedInStaff staff, Model model) {
        model.addAttribute("lists", notices.periods(Reviewer.of(staff)));
        return "review/work/public-notices";
    }

    @GetMapping("/staff/public-notices/{township}/{from}")
    String one(
            @AuthenticationPrincipal SignedInStaff staff,
            @PathVariable String township,
            @PathVariable LocalDate from,
            Model model,
            Locale locale) {
        PublicNoticeList list = notices.list(Reviewer.of(staff), township, from);
        String pdf = "/staff/public-notices/" + township + "/" + from + ".pdf";
        model.addAttribute(PublicNoticePage.MODEL_ATTRIBUTE, PublicNoticePage.of(list, locale, pdf));
        return PublicNoticePage.TEMPLATE;
    }

    @GetMapping(value = "/staff/public-notices/{township}/{from}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(
            @AuthenticationPrincipal SignedInStaff staff,
            @PathVariable String township,
            @PathVariable LocalDate from,
            Locale locale) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"public-notice-" + township + ".pdf\"")
                .body(notices.pdf(Reviewer.of(staff), township, from, locale));
    }
}
