package org.liangxiang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * Every user-facing text comes from the message bundles: each key exists in zh-CN (the default file) and in English,
 * keys carry their module's prefix, and templates hold no text outside {@code th:text}-style attributes.
 */
class MessageBundleTests {

    static final Path MESSAGES = Path.of("src/main/resources/messages");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    @Test
    void everyKeyExistsInChineseAndEnglish() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path zh :
                    files.filter(p -> !p.getFileName().toString().contains("_")).toList()) {
                String module = zh.getFileName().toString().replace(".properties", "");
                Path en = MESSAGES.resolve(module + "_en.properties");
                if (!Files.exists(en)) {
                    problems.add(en + " is missing");
                    continue;
                }
                Set<String> zhKeys = keys(zh);
                Set<String> enKeys = keys(en);
                difference(zhKeys, enKeys).forEach(k -> problems.add(k + " has no English text in " + en));
                difference(enKeys, zhKeys).forEach(k -> problems.add(k + " has no Chinese text in " + zh));
                zhKeys.stream()
                        .filter(k -> !k.startsWith(module + "."))
                        .forEach(k -> problems.add(k + " lacks the module prefix '" + module + ".'"));
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path template :
                    files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(template.toFile(), "UTF-8");
                for (Element element : doc.getAllElements()) {
                    if (replacesItsText(element) || insideReplacedElement(element)) {
                        continue;
                    }
                    for (TextNode text : element.textNodes()) {
                        String value = text.text().strip();
                        if (!value.isEmpty() && value.codePoints().anyMatch(Character::isLetter)) {
                            problems.add(
                                    TEMPLATES.relativize(template) + ": <" + element.tagName() + "> \"" + value + "\"");
                        }
                    }
                }
            }
        }
        assertThat(problems).as("text in templates must come from messages").isEmpty();
    }

    private static boolean replacesItsText(Element element) {
        return element.hasAttr("th:text")
                || element.hasAttr("th:utext")
                || element.hasAttr("th:replace")
                || element.hasAttr("th:insert")
                || element.tagName().equals("script")
                || element.tagName().equals("style");
    }

    private static boolean insideReplacedElement(Element element) {
        for (Element parent : element.parents()) {
            if (parent.hasAttr("th:replace") || parent.hasAttr("th:text") || parent.hasAttr("th:utext")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> keys(Path file) throws IOException {
        Properties properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return result;
    }
}
