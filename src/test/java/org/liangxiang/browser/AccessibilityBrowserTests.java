package org.liangxiang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every public page has zero axe-core WCAG 2.2 AA violations, in each display mode and language. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTests {

    @LocalServerPort
    int port;

    Playwright playwright;
    com.microsoft.playwright.Browser browser;

    @BeforeAll
    void startBrowser() {
        playwright = Playwright.create();
        browser = Browser.launch(playwright);
    }

    @AfterAll
    void stopBrowser() {
        browser.close();
        playwright.close();
    }

    @ParameterizedTest(name = "{0} in {1} display, {2}")
    @CsvSource({
        "/, default, zh_CN",
        "/, large, zh_CN",
        "/, contrast, zh_CN",
        "/, default, en",
        "/login, default, zh_CN",
        "/login, large, zh_CN",
        "/login, contrast, zh_CN",
        "/login?error, default, zh_CN",
        "/login, default, en",
        "/staff/login, default, zh_CN",
        "/staff/login, contrast, zh_CN",
        "/staff/login?error, large, en",
        "/no-such-page, default, zh_CN",
    })
    void pageHasNoAccessibilityViolations(String path, String display, String lang) {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            String separator = path.contains("?") ? "&" : "?";
            page.navigate("http://localhost:" + port + path + separator + "display=" + display + "&lang=" + lang);
            assertThat(Browser.accessibilityViolations(page)).isEmpty();
        }
    }
}
