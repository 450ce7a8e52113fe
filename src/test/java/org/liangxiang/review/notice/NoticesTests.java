package org.liangxiang.review.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liangxiang.review.notice.NoticeSamples.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.liangxiang.review.NonAcceptanceReason;
import org.liangxiang.review.RefusalReason;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.document.PdfRenderer;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.context.support.StaticMessageSource;

/**
 * Every notice contains what it must, in Chinese and in English: the PDF's own text is extracted and compared with the
 * messages, so a missing part fails. Whitespace is ignored because the layout breaks lines anywhere.
 */
class NoticesTests {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    static final Locale EN = Locale.ENGLISH;
    static final MessageSource messages = messages();
    static final Notices notices = new Notices(new PdfRenderer(messages), messages);

    static MessageSource messages() {
        StaticMessageSource testOnly = new StaticMessageSource();
        testOnly.addMessage(TEST_FIELD_KEY, ZH, "户籍地址");
        testOnly.addMessage(TEST_FIELD_KEY, EN, "Household registration address");
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(Stream.of("review", "review.notice", "guide", "shared")
                .map(name -> "classpath:messages/" + name)
                .toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setParentMessageSource(testOnly);
        return source;
    }

    static Stream<Locale> languages() {
        return Stream.of(ZH, EN);
    }

    static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text without whitespace: lines break anywhere, in Chinese even inside a phrase. */
    static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    static String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    static void assertHas(String pdfText, String expected) {
        assertThat(flat(pdfText)).contains(flat(expected));
    }

    static int occurrences(String pdfText, String expected) {
        String haystack = flat(pdfText);
        String needle = flat(expected);
        int count = 0;
        for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    static void assertWholeAndMasked(String pdfText) {
        assertThat(pdfText).doesNotContain("??");
        assertHas(pdfText, NUMBER);
        assertHas(pdfText, PERSON);
        assertHas(pdfText, "410102********1230");
        assertThat(flat(pdfText)).doesNotContain(PERSON_ID.value());
    }

    static void assertRemedies(String pdfText, Locale locale) {
        String reconsideration = message("review.notice.remedies.reconsideration", locale);
        String litigation = message("review.notice.remedies.litigation", locale);
        assertThat(reconsideration).contains(locale == EN ? "60 days" : "60日");
        assertThat(litigation).contains(locale == EN ? "6 months" : "6个月");
        assertHas(pdfText, reconsideration);
        assertHas(pdfText, litigation);
    }

    static Stream<Arguments> refusals() {
        return Stream.of(RefusalReason.values())
                .flatMap(reason -> languages().map(locale -> Arguments.of(reason, locale)));
    }

    @ParameterizedTest
    @MethodSource("refusals")
    void refusalNamesTheReasonItsPolicyBasisAndBothRemedies(RefusalReason reason, Locale locale) {
        String explanation = reason == RefusalReason.OTHER ? "经入户核实，申请人长期居住在外省。" : null;

        String pdf = text(notices.refusalNotice(refusal(reason, explanation), locale));

        assertWholeAndMasked(pdf);
        assertHas(pdf, message("review.notice.refusal.title", locale));
        assertHas(pdf, Subsidy.CARE.name(locale));
        assertHas(pdf, message("review.refusal." + reason + ".explanation", locale));
        assertHas(pdf, message("review.refusal." + reason + ".basis", locale));
        assertRemedies(pdf, locale);
        assertHas(pdf, CIVIL_AFFAIRS.name());
        assertHas(pdf, locale == EN ? "3 November 2025" : "2025年11月3日");
        if (explanation != null) {
            assertHas(pdf, explanation);
        }
    }

    static Stream<Arguments> nonAcceptances() {
        return Stream.of(NonAcceptanceReason.values())
                .flatMap(reason -> languages().map(locale -> Arguments.of(reason, locale)));
    }

    @ParameterizedTest
    @MethodSource("nonAcceptances")
    void nonAcceptanceNamesTheReasonItsBasisAndBothRemedies(NonAcceptanceReason reason, Locale locale) {
        String explanation = reason == NonAcceptanceReason.OTHER ? "申请人要求办理的是残疾人证换领。" : null;

        String pdf = text(notices.nonAcceptanceNotice(nonAcceptance(reason, explanation), locale));

        assertWholeAndMasked(pdf);
        assertHas(pdf, message("review.notice.nonAcceptance.title", locale));
        assertHas(pdf, message("review.nonAcceptance." + reason + ".explanation", locale));
        assertHas(pdf, message("review.nonAcceptance." + reason + ".basis", locale));
        assertRemedies(pdf, locale);
        assertHas(pdf, TOWNSHIP.name());
        if (explanation != null) {
            assertHas(pdf, explanation);
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void correctionListsEveryItemOnceWithTheDeadlineTheLapseAndHowToCorrectOnline(Locale locale) {
        List<CorrectionNotice.Item> items = List.of(
                CorrectionNotice.Item.material("APPLICATION_FORM"),
                CorrectionNotice.Item.material("PAYEE_ACCOUNT_CARD"),
                CorrectionNotice.Item.field("person.householdAddress", TEST_FIELD_KEY),
                CorrectionNotice.Item.material("APPLICATION_FORM"),
                CorrectionNotice.Item.field("person.householdAddress", TEST_FIELD_KEY));

        String pdf = text(notices.correctionNotice(correction(items, "审批表缺少申请人签字。"), locale));

        assertWholeAndMasked(pdf);
        for (String key : List.of(
                "guide.material.APPLICATION_FORM.name", "guide.material.PAYEE_ACCOUNT_CARD.name", TEST_FIELD_KEY)) {
            assertThat(occurrences(pdf, message(key, locale))).as(key).isEqualTo(1);
        }
        assertHas(pdf, message("review.notice.correction.materials", locale));
        assertHas(pdf, message("review.notice.correction.fields", locale));
        assertHas(pdf, "审批表缺少申请人签字。");
        assertHas(
                pdf,
                message("review.notice.correction.deadline", locale, locale == EN ? "24 October 2025" : "2025年10月24日"));
        assertHas(pdf, message("review.notice.correction.lapse", locale));
        assertHas(pdf, message("review.notice.correction.online", locale));
        assertHas(pdf, TOWNSHIP.phone());
    }

    @ParameterizedTest
    @MethodSource("languages")
    void correctionWithMaterialsOnlyHasNoFieldHeading(Locale locale) {
        String pdf = text(notices.correctionNotice(
                correction(List.of(CorrectionNotice.Item.material("DISABILITY_CERTIFICATE")), null), locale));

        assertHas(pdf, message("guide.material.DISABILITY_CERTIFICATE.name", locale));
        assertThat(flat(pdf)).doesNotContain(flat(message("review.notice.correction.fields", locale)));
        assertThat(flat(pdf)).doesNotContain(flat(message("review.notice.correction.note", locale)));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void receiptHasTheNumberTheDatesAndTheExpectedDecision(Locale locale) {
        String pdf = text(notices.acceptanceReceipt(receipt("WINDOW"), locale));

        assertWholeAndMasked(pdf);
        assertHas(pdf, message("review.notice.receipt.title", locale));
        assertHas(pdf, message("review.notice.channel.WINDOW", locale));
        assertHas(pdf, Subsidy.LIVING.name(locale));
        assertHas(pdf, Subsidy.CARE.name(locale));
        assertHas(pdf, TOWNSHIP.name());
        assertHas(pdf, locale == EN ? "26 September 2025" : "2025年9月26日");
        assertHas(pdf, locale == EN ? "30 September 2025" : "2025年9月30日");
        assertHas(
                pdf,
                message(
                        "review.notice.receipt.expectedValue",
                        locale,
                        locale == EN ? "7 November 2025" : "2025年11月7日",
                        20));
        assertHas(pdf, TOWNSHIP.textContact());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ONLINE_WEB", "ONLINE_MOBILE", "WINDOW", "ASSISTED", "PARTNER"})
    void receiptNamesEveryChannel(String channel) {
        for (Locale locale : List.of(ZH, EN)) {
            assertHas(
                    text(notices.acceptanceReceipt(receipt(channel), locale)),
                    message("review.notice.channel." + channel, locale));
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void forwardingNamesBothOfficesAndDates(Locale locale) {
        String pdf = text(notices.forwardingNotice(forwarding(), locale));

        assertWholeAndMasked(pdf);
        assertHas(pdf, message("review.notice.forwarding.title", locale));
        assertHas(pdf, TOWNSHIP.name());
        assertHas(pdf, message("review.notice.forwarding.next", locale, HOME_TOWNSHIP.name()));
        assertHas(pdf, HOME_TOWNSHIP.phone());
        assertHas(pdf, locale == EN ? "10 October 2025" : "2025年10月10日");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void approvalHasTheAmountStartMonthPaymentAndMaskedAccount(Locale locale) {
        String pdf = text(notices.approvalNotice(approval(Subsidy.LIVING), locale));

        assertWholeAndMasked(pdf);
        assertHas(pdf, message("review.notice.approval.title", locale));
        assertHas(pdf, message("review.notice.approval.intro", locale, Subsidy.LIVING.name(locale)));
        assertHas(pdf, message("review.notice.approval.amountValue", locale, "120.00"));
        assertHas(pdf, locale == EN ? "September 2025" : "2025年9月");
        assertHas(pdf, message("review.notice.approval.payment.MONTHLY", locale));
        assertHas(pdf, "***************2333");
        assertThat(flat(pdf)).doesNotContain(ACCOUNT);
        assertThat(flat(pdf)).doesNotContain(flat(message("review.notice.remedies.heading", locale)));
    }

    @ParameterizedTest
    @MethodSource("languages")
    void publicNoticeListShowsMaskedPeopleOnlyAndHowToObject(Locale locale) {
        String pdf = text(notices.publicNoticeList(publicNotice(), locale));

        assertThat(pdf).doesNotContain("??");
        assertHas(pdf, message("review.notice.publicNotice.title", locale));
        assertHas(pdf, "张**");
        assertHas(pdf, "欧***");
        assertHas(pdf, "李*");
        assertHas(pdf, "410102********1230");
        assertHas(pdf, "110105********002X");
        assertHas(pdf, "410102********0018");
        for (String name : LISTED_NAMES) {
            assertThat(flat(pdf)).doesNotContain(name);
        }
        for (String id : LISTED_IDS) {
            assertThat(flat(pdf)).doesNotContain(id);
        }
        assertHas(pdf, "建设路社区");
        assertHas(pdf, message("review.notice.publicNotice.caption", locale, 3));
        assertHas(pdf, locale == EN ? "level 1" : "一级");
        assertHas(
                pdf,
                message(
                        "review.notice.publicNotice.objection.text",
                        locale,
                        locale == EN ? "19 October 2025" : "2025年10月19日",
                        TOWNSHIP.name()));
        assertHas(pdf, TOWNSHIP.phone());
        assertHas(pdf, TOWNSHIP.textContact());
    }

    @ParameterizedTest
    @MethodSource("languages")
    void everyNoticeCarriesItsTitleAndLanguage(Locale locale) throws IOException {
        List<byte[]> pdfs = List.of(
                notices.acceptanceReceipt(receipt("ONLINE_WEB"), locale),
                notices.refusalNotice(refusal(RefusalReason.DECEASED, null), locale),
                notices.publicNoticeList(publicNotice(), locale));
        List<String> titles = List.of(
                "review.notice.receipt.title", "review.notice.refusal.title", "review.notice.publicNotice.title");
        for (int i = 0; i < pdfs.size(); i++) {
            try (PDDocument document = Loader.loadPDF(pdfs.get(i))) {
                assertThat(document.getDocumentInformation().getTitle()).isEqualTo(message(titles.get(i), locale));
                assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo(locale == EN ? "en" : "zh-CN");
            }
        }
    }

    @Test
    void anUnknownLabelIsRefusedRatherThanPrintedAsAKey() {
        CorrectionNotice notice =
                correction(List.of(CorrectionNotice.Item.field("person.nickname", "intake.field.unknown")), null);
        assertThatThrownBy(() -> notices.correctionNotice(notice, ZH)).isInstanceOf(NoSuchMessageException.class);
        assertThatThrownBy(() -> notices.acceptanceReceipt(receipt("CARRIER_PIGEON"), ZH))
                .isInstanceOf(NoSuchMessageException.class);
    }
}
