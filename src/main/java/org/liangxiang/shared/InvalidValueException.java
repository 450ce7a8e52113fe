package org.liangxiang.shared;

import java.util.Locale;

/**
 * A value was refused on construction. It names the field, the rule broken (a stable code such as {@code
 * RESIDENT_ID_CHECK_CHARACTER}, fit for problem details and tests) and says what is wrong in Chinese and English.
 * Messages never repeat the refused value, which is often personal data, so the exception is safe to log.
 */
public final class InvalidValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String rule;
    private final String messageZh;
    private final String messageEn;

    public InvalidValueException(String field, String rule, String messageZh, String messageEn) {
        this(field, rule, messageZh, messageEn, null);
    }

    public InvalidValueException(String field, String rule, String messageZh, String messageEn, Throwable cause) {
        super(messageZh + " / " + messageEn, cause);
        this.field = field;
        this.rule = rule;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
    }

    /** The same refusal for a differently named field, e.g. {@code guardianResidentId} on a form. */
    public InvalidValueException forField(String otherField) {
        return new InvalidValueException(otherField, rule, messageZh, messageEn, getCause());
    }

    public String field() {
        return field;
    }

    public String rule() {
        return rule;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }

    /** English for an English locale, Chinese (the default language) otherwise. */
    public String message(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? messageEn : messageZh;
    }
}
