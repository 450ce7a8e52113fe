package org.liangxiang.shared.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.support.ResourceBundleMessageSource;

class PdfRendererTests {

    private static final PdfRenderer renderer = new PdfRenderer(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/shared");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    private static Map<String, Object> receipt(String applicant) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("申请事项", "两项补贴");
        rows.put("申请人", applicant);
        return Map.of("title", "受理回执", "subject", "两项补贴申请的受理回执", "rows", rows);
    }

    private static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf);
    }

    private static List<PDFont> fonts(PDDocument pdf) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : pdf.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }

    @Test
    void rendersChineseTextThatCanBeExtractedAgain() throws IOException {
        byte[] bytes = renderer.render("shared/documents/test-receipt", receipt("张三"), Locale.SIMPLIFIED_CHINESE);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(text(pdf))
                    .contains("受理回执")
                    .contains("申请事项")
                    .contains("两项补贴")
                    .contains("张三")
                    .contains("两项补贴全程网办");
        }
    }

    @Test
    void embedsTheShippedFontsAndNoOther() throws IOException {
        byte[] bytes = renderer.render(
                "shared/documents/test-receipt", receipt("张三 (410102199003071234)"), Locale.SIMPLIFIED_CHINESE);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<PDFont> fonts = fonts(pdf);
            assertThat(fonts)
                    .allSatisfy(font -> assertThat(font.isEmbedded())
                            .as(font.getName() + " embedded")
                            .isTrue());
            assertThat(fonts)
                    .extracting(font -> font.getName().replaceFirst("^[A-Z]{6}\\+", ""))
                    .containsExactlyInAnyOrder("DroidSansFallback", "DejaVuSans");
            assertThat(text(pdf)).contains("张三 (410102199003071234)");
        }
    }

    @Test
    void carriesTheTitleAndLanguageForAssistiveTechnology() throws IOException {
        byte[] bytes = renderer.render("shared/documents/test-receipt", receipt("张三"), Locale.SIMPLIFIED_CHINESE);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("受理回执");
            assertThat(pdf.getDocumentInformation().getSubject()).isEqualTo("两项补贴申请的受理回执");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
    }

    @Test
    void takesMessagesInTheRequestedLanguage() throws IOException {
        byte[] bytes = renderer.render("shared/documents/test-receipt", receipt("Zhang San"), Locale.ENGLISH);

        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            assertThat(text(pdf)).contains("Disability subsidies online").contains("Zhang San");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("en");
        }
    }

    @Test
    void printsModelValuesAsTextNeverAsMarkup() throws IOException {
        String xhtml =
                renderer.renderXhtml("shared/documents/test-receipt", receipt("<b>张&三</b>"), Locale.SIMPLIFIED_CHINESE);
        assertThat(xhtml).contains("&lt;b&gt;张&amp;三&lt;/b&gt;").doesNotContain("<b>");

        try (PDDocument pdf = Loader.loadPDF(
                renderer.render("shared/documents/test-receipt", receipt("<b>张&三</b>"), Locale.SIMPLIFIED_CHINESE))) {
            assertThat(text(pdf)).contains("<b>张&三</b>");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "shared/home",
                "shared/layout",
                "../shared/documents/test-receipt",
                "shared/documents/../home",
                "/etc/passwd",
                "shared/documents/test-receipt.html",
                ""
            })
    void refusesNamesThatAreNotDocumentTemplates(String name) {
        assertThatThrownBy(() -> renderer.render(name, Map.of(), Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("<module>/documents/<name>");
    }
}
