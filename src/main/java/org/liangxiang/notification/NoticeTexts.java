package org.liangxiang.notification;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Renders a notification's template with its parameters; {@code #key} parameters become that message's text. */
@Component
class NoticeTexts {

    private final MessageSource messages;

    NoticeTexts(MessageSource messages) {
        this.messages = messages;
    }

    String title(NoticeKind kind, Locale locale) {
        return messages.getMessage(kind.titleKey(), null, locale);
    }

    String text(String templateKey, List<String> parameters, Locale locale) {
        return messages.getMessage(templateKey, resolved(parameters, locale).toArray(), locale);
    }

    /** The parameters as they are read in the locale: message keys rendered, the rest as they are. */
    List<String> resolved(List<String> parameters, Locale locale) {
        return parameters.stream()
                .map(p -> p.startsWith("#") ? messages.getMessage(p.substring(1), null, locale) : p)
                .toList();
    }
}
