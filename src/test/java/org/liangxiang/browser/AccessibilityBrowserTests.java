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
        "/demo/people, default, zh_CN",
        "/demo/people, large, en",
        "/demo/people, contrast, zh_CN",
        "/register, default, zh_CN",
        "/register, large, zh_CN",
        "/register, contrast, zh_CN",
        "/register, default, en",
        "/login/code, default, zh_CN",
        "/login/code, large, zh_CN",
        "/login/code, contrast, en",
        "/guide, default, zh_CN",
        "/guide, large, zh_CN",
        "/guide, contrast, zh_CN",
        "/guide?region=410102, default, en",
        "/guide?region=410102001, contrast, zh_CN",
        "/guide?path=%E7%81%AB%E6%98%9F, large, zh_CN",
        "/guide/410102001/LIVING, default, zh_CN",
        "/guide/410102001/LIVING, large, zh_CN",
        "/guide/410102001/LIVING, contrast, zh_CN",
        "/guide/410305001/CARE, default, en",
        "/guide/410102/CARE, contrast, en",
        "/guide/self-check, default, zh_CN",
        "/guide/self-check?region=410102001, default, zh_CN",
        "/guide/self-check?region=410102001, large, zh_CN",
        "/guide/self-check?region=410102001, contrast, en",
        "/guide/self-check/result?region=410102001&certificate=YES, default, zh_CN",
        "/guide/self-check/result?region=410102001&certificate=YES, contrast, zh_CN",
        "/guide/self-check/result?region=410102001&certificate=YES&level=LEVEL_3&category=MENTAL&household=LOW_INCOME&care=YES&applicant=SELF, default, zh_CN",
        "/guide/self-check/result?region=410102001&certificate=YES&level=LEVEL_3&category=MENTAL&household=LOW_INCOME&care=YES&applicant=SELF, large, zh_CN",
        "/guide/self-check/result?region=410102001&certificate=YES&level=LEVEL_3&category=MENTAL&household=LOW_INCOME&care=YES&applicant=SELF, contrast, en",
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
