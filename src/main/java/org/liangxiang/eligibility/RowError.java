package org.liangxiang.eligibility;

import java.util.Locale;

/** A refused row of an import file: the line, the column, the rule broken and what is wrong (never the value). */
public record RowError(long line, String field, String rule, String messageZh, String messageEn) {

    public String message(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? messageEn : messageZh;
    }
}
