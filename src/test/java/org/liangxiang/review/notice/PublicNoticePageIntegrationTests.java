package org.liangxiang.review.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liangxiang.review.notice.NoticeSamples.*;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.liangxiang.BrowserlessSession;
import org.liangxiang.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The public-notice page as the application's own Thymeleaf engine renders it: an accessible page in the shared layout
 * that shows masked names and ids only, with a print style sheet.
 */
@IntegrationTest
class PublicNoticePageIntegrationTests {

    @Autowired
    SpringTemplateEngine templates;

    @Autowired
    MessageSource messages;

    @LocalServerPort
    int port;

    static List<Locale> languages() {
        return List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH);
    }

    Document render(PublicNoticePage page, Locale locale) {
        MockServletContext servletContext = new MockServletContext();
        MockHttpServletRequest request = new MockHttpServletRequest(servletContext, "GET", "/review/public-notice");
        request.addPreferredLocale(locale);
        var exchange = JakartaServletWebApplication.buildApplication(servletContext)
                .buildExchange(request, new MockHttpServletResponse());
        WebContext context = new WebContext(exchange, locale, Map.of(PublicNoticePage.MODEL_ATTRIBUTE, page));
        return Jsoup.parse(templates.process(PublicNoticePage.TEMPLATE, context));
    }

    String message(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    @ParameterizedTest
    @MethodSource("languages")
    void showsTheListAsAnAccessibleTableInThePagesLanguage(Locale locale) {
        Document page = render(PublicNoticePage.of(publicNotice(), locale, null), locale);

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo(locale.toLanguageTag());
        assertThat(page.select("h1")).hasSize(1);
        assertThat(page.selectFirst("h1").text()).isEqualTo(message("review.notice.publicNotice.title", locale));
        assertThat(page.title()).startsWith(message("review.notice.publicNotice.title", locale));
        assertThat(page.selectFirst("main#main")).isNotNull();
        Element table = page.selectFirst("main table");
        assertThat(table.selectFirst("caption").text())
                .isEqualTo(message("review.notice.publicNotice.caption", locale, 3));
        assertThat(table.select("thead th"))
                .hasSize(5)
                .allSatisfy(th -> assertThat(th.attr("scope")).isEqualTo("col"));
        assertThat(table.select("tbody tr")).hasSize(3);
        assertThat(table.select("tbody th[scope=row]"))
                .extracting(Element::text)
                .containsExactly("张**", "欧***", "李*");
        assertThat(table.select("tbody tr").get(1).select("td").get(1).text())
                .isEqualTo(message("review.notice.publicNotice.unknown", locale));
        assertThat(table.select("tbody tr").get(0).text()).contains("410102********1230", "建设路社区");
        assertThat(page.selectFirst("h2#objection-heading").text())
                .isEqualTo(message("review.notice.publicNotice.objection.heading", locale));
        assertThat(page.selectFirst("section[aria-labelledby=objection-heading]")
                        .text())
                .contains(TOWNSHIP.name(), TOWNSHIP.phone(), TOWNSHIP.textContact());
        assertThat(page.select("time").eachAttr("datetime")).containsExactly("2025-10-13", "2025-10-19");
        assertThat(page.html()).doesNotContain("??");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void neverShowsAFullNameOrResidentId(Locale locale) {
        String html = render(PublicNoticePage.of(publicNotice(), locale, null), locale)
                .html();

        assertThat(html).contains("110105********002X", "410102********0018");
        LISTED_NAMES.forEach(name -> assertThat(html).doesNotContain(name));
        LISTED_IDS.forEach(id -> assertThat(html).doesNotContain(id));
    }

    @Test
    void linksItsPrintStyleSheetAndThePrintablePdf() throws Exception {
        Document page = render(
                PublicNoticePage.of(publicNotice(), Locale.SIMPLIFIED_CHINESE, "/review/public-notices/1.pdf"),
                Locale.SIMPLIFIED_CHINESE);

        Element print = page.selectFirst("link[rel=stylesheet][media=print]");
        assertThat(print.attr("href")).isEqualTo("/css/public-notice-print.css");
        HttpResponse<String> css = new BrowserlessSession(port).get(print.attr("href"));
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains("@page");
        assertThat(page.selectFirst("a[href=/review/public-notices/1.pdf]").text())
                .isEqualTo(message("review.notice.publicNotice.print", Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void saysSoWhenNoOneIsOnTheList() {
        PublicNoticeList empty = new PublicNoticeList(
                "林山寨街道",
                LocalDate.of(2025, 10, 13),
                LocalDate.of(2025, 10, 19),
                List.of(),
                TOWNSHIP,
                LocalDate.of(2025, 10, 19));

        Document page = render(PublicNoticePage.of(empty, Locale.ENGLISH, null), Locale.ENGLISH);

        assertThat(page.select("main table")).isEmpty();
        assertThat(page.select("main p").eachText())
                .contains(message("review.notice.publicNotice.empty", Locale.ENGLISH));
        assertThat(page.select("a[href$=.pdf]")).isEmpty();
    }
}
