package org.liangxiang.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.IntegrationTest;

/** Every public page has zero axe-core WCAG 2.2 AA violations, in each display mode and language. */
@IntegrationTest
class AccessibilityBrowserTests extends Browser {

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
        "/demo/sms, default, zh_CN",
        "/demo/sms, contrast, en",
    })
    void pageHasNoAccessibilityViolations(String path, String display, String lang) {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            String separator = path.contains("?") ? "&" : "?";
            page.navigate(url(path + separator + "display=" + display + "&lang=" + lang));
            assertThat(accessibilityViolations(page)).isEmpty();
        }
    }
}
