package org.liangxiang.guide.web;

import java.util.Locale;
import org.liangxiang.guide.Guide;

/** (Public only for the templates' expressions; internal to the guide module.) Picks the page's language from a guide text: English for an English page when there is one, else Chinese. */
public record Localised(boolean english) {

    static Localised of(Locale locale) {
        return new Localised(locale != null && "en".equals(locale.getLanguage()));
    }

    public String of(Guide.Text text) {
        if (text == null) {
            return null;
        }
        return english && text.en() != null && !text.en().isBlank() ? text.en() : text.zh();
    }

    /** The language tag of what {@link #of} gives, for a {@code lang} attribute where it differs from the page's. */
    public String lang(Guide.Text text) {
        return text != null && english && (text.en() == null || text.en().isBlank()) ? "zh-CN" : null;
    }
}
