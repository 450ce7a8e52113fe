package org.liangxiang;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checker itself: a valid page passes, a page with misnested and unclosed elements fails naming the error. */
class HtmlCheckerTests {

    static final String HEAD =
            "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>t</title></head>";

    @Test
    void aValidPagePasses() {
        assertThatCode(() -> HtmlChecker.assertValid(Map.of("valid", HEAD + "<body><p>你好</p></body></html>")))
                .doesNotThrowAnyException();
    }

    @Test
    void anInvalidPageFailsNamingTheError() {
        assertThatThrownBy(() -> HtmlChecker.assertValid(
                        Map.of("invalid", HEAD + "<body><p>hi<div></p><label for=\"nowhere\">x</label></body></html>")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("invalid.html")
                .hasMessageContaining("Unclosed element");
    }
}
