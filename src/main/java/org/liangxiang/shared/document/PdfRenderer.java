package org.liangxiang.shared.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.MessageSource;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Renders the documents people receive (receipts, notices, the printed guide) to PDF: a Thymeleaf template in XML mode
 * (so the output is the well-formed XHTML that openhtmltopdf reads, with {@code #{...}} messages in the requested
 * language), then a tagged PDF (PDF/UA: title from {@code <title>}, language from {@code <html lang>}) with the fonts
 * shipped in the project embedded as subsets, so the document looks the same on every machine.
 *
 * <p>Templates live at {@code templates/<module>/documents/<name>.html} and are named {@code <module>/documents/<name>}.
 * They need not name a font: the renderer puts {@link #FONT_FAMILIES} on the root element before the template's own
 * styles (Droid Sans Fallback has the Chinese characters but no Latin letters or digits; DejaVu Sans has those). Nothing
 * outside the template is fetched: external resources (images, style sheets by URL) are refused, so a document cannot
 * be made to call out.
 */
public class PdfRenderer {

    /** The shipped fonts, as a CSS font-family list: Chinese first, then Latin (docs/platform-services.md). */
    public static final String FONT_FAMILIES = "\"Droid Sans Fallback\", \"DejaVu Sans\"";

    private static final String BASE_STYLE = "html { font-family: " + FONT_FAMILIES + "; }\n"
            + "code, kbd, samp, pre, input, select, textarea, button { font-family: inherit; }";
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[a-z][a-z0-9-]*/documents/[a-z][a-z0-9-]*");

    private final TemplateEngine templates;
    private final ParsedFonts chineseFonts = new ParsedFonts(loadFont("fonts/DroidSansFallbackFull.ttf"));
    private final ParsedFonts latinFonts = new ParsedFonts(loadFont("fonts/DejaVuSans.ttf"));

    public PdfRenderer(MessageSource messages) {
        this.templates = documentEngine(messages);
    }

    /**
     * The PDF of the document template {@code <module>/documents/<name>} with the model, in the locale's language.
     *
     * @throws IllegalArgumentException when the name is not of that form
     */
    public byte[] render(String template, Map<String, ?> model, Locale locale) {
        return toPdf(renderXhtml(template, model, locale));
    }

    String renderXhtml(String template, Map<String, ?> model, Locale locale) {
        if (template == null || !TEMPLATE_NAME.matcher(template).matches()) {
            throw new IllegalArgumentException(
                    "template: a document template is named <module>/documents/<name>, not " + template);
        }
        Context context = new Context(locale);
        model.forEach(context::setVariable);
        return templates.process(template, context);
    }

    private byte[] toPdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TrueTypeFont chinese = chineseFonts.borrow();
        TrueTypeFont latin = latinFonts.borrow();
        try (PDDocument document = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .usePDDocument(document)
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .withProducer("Liangxiang")
                    .withHtmlContent(xhtml, null)
                    .addDOMMutator(PdfRenderer::addBaseStyle)
                    .useFont(supplier(document, chinese), "Droid Sans Fallback", 400, FontStyle.NORMAL, true)
                    .useFont(supplier(document, latin), "DejaVu Sans", 400, FontStyle.NORMAL, true)
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl(
                            (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render the PDF document", e);
        } finally {
            chineseFonts.giveBack(chinese);
            latinFonts.giveBack(latin);
        }
        return out.toByteArray();
    }

    /** The font for this document, from a parsed font file, embedded as the subset the document uses. */
    private static PDFontSupplier supplier(PDDocument document, TrueTypeFont font) throws IOException {
        return new PDFontSupplier(PDType0Font.load(document, font, true));
    }

    /** The fonts go first in the head, so that a template's own styles may still override them. */
    private static void addBaseStyle(Document document) {
        Element root = document.getDocumentElement();
        NodeList heads = root.getElementsByTagName("head");
        Element head = heads.getLength() > 0 ? (Element) heads.item(0) : null;
        if (head == null) {
            head = document.createElementNS(root.getNamespaceURI(), "head");
            root.insertBefore(head, root.getFirstChild());
        }
        Element style = document.createElementNS(root.getNamespaceURI(), "style");
        style.setTextContent(BASE_STYLE);
        head.insertBefore(style, head.getFirstChild());
    }

    private static TemplateEngine documentEngine(MessageSource messages) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(PdfRenderer.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.XML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCheckExistence(true);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setMessageSource(messages);
        return engine;
    }

    private static byte[] loadFont(String resource) {
        try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The document font " + resource + " is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the document font " + resource, e);
        }
    }
}
