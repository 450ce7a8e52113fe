package org.liangxiang.intake;

import java.util.Locale;
import org.liangxiang.shared.InvalidValueException;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Intake's texts from messages/intake*.properties: refusals in both languages, and lookups for views. */
@Component
class IntakeMessages {

    private final MessageSource messages;

    IntakeMessages(MessageSource messages) {
        this.messages = messages;
    }

    /** A refusal of one field, its texts from {@code intake.rule.<RULE>} in Chinese and English. */
    InvalidValueException invalid(String field, String rule, Object... args) {
        String key = "intake.rule." + rule;
        return new InvalidValueException(
                field,
                rule,
                messages.getMessage(key, args, Locale.SIMPLIFIED_CHINESE),
                messages.getMessage(key, args, Locale.ENGLISH));
    }

    String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
