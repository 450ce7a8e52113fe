package org.liangxiang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nu Html Checker (the W3C's validator, {@code vnu.jar} from the npm package {@code vnu-jar}, installed by the
 * build's {@code npm install}), run on pages the tests fetched: every error it reports fails the test with the page, line and
 * message.
 */
public final class HtmlChecker {

    static final Path JAR = Path.of("node_modules/vnu-jar/build/dist/vnu.jar");

    private HtmlChecker() {}

    /** Checks the pages (name to HTML) in one run of the checker; fails listing every error found. */
    public static void assertValid(Map<String, String> pages) throws IOException, InterruptedException {
        assertThat(JAR)
                .as("vnu.jar (run `npm install`, as the Maven build does)")
                .exists();
        Path dir = Files.createTempDirectory(Path.of("target"), "html-check");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss4m",
                "-jar",
                JAR.toString(),
                "--errors-only",
                "--format",
                "json",
                "--exit-zero-always"));
        for (Map.Entry<String, String> page : pages.entrySet()) {
            Path file = dir.resolve(page.getKey().replaceAll("[^A-Za-z0-9]+", "_") + ".html");
            Files.writeString(file, page.getValue(), StandardCharsets.UTF_8);
            command.add(file.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String json = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        JsonNode messages = JsonMapper.builder().build().readTree(json).path("messages");
        List<String> errors = new ArrayList<>();
        for (JsonNode m : messages) {
            errors.add(m.path("url").asString().replaceAll(".*/", "") + ":"
                    + m.path("lastLine").asInt() + " " + m.path("message").asString() + " ["
                    + m.path("extract").asString() + "]");
        }
        assertThat(messages.isArray()).as(json).isTrue();
        assertThat(errors).as("HTML errors").isEmpty();
    }
}
