package org.liangxiang.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The base of browser tests: the real browser, Debian's Chromium at /usr/bin/chromium when it exists (Playwright then
 * needs no download), otherwise the browser Playwright fetched on a connected machine. One per test class, against the
 * application that the subclass's {@code @IntegrationTest} started.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class Browser {

    /** The WCAG 2.2 AA rule tags every page is checked against. */
    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final Path SYSTEM_CHROMIUM = Path.of("/usr/bin/chromium");

    @LocalServerPort
    protected int port;

    protected Playwright playwright;
    protected com.microsoft.playwright.Browser browser;

    @BeforeAll
    void startBrowser() {
        playwright = Playwright.create();
        browser = launch(playwright);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
        playwright.close();
    }

    /** The application's address for the path. */
    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    public static com.microsoft.playwright.Browser launch(Playwright playwright) {
        BrowserType.LaunchOptions options = new BrowserType.LaunchOptions()
                .setHeadless(true)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-quic",
                        "--no-first-run",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync"));
        if (Files.isExecutable(SYSTEM_CHROMIUM)) {
            options.setExecutablePath(SYSTEM_CHROMIUM);
        }
        return playwright.chromium().launch(options);
    }

    /** The axe-core violations of the page, one line each (empty when the page passes). */
    public static List<String> accessibilityViolations(com.microsoft.playwright.Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).analyze();
        return results.getViolations().stream()
                .map(v -> v.getId() + ": " + v.getHelp() + " @ "
                        + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .toList();
    }
}
