package org.liangxiang.sms;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

/** The Chinese text of a message, from its template in {@code messages/sms.properties}. */
public class SmsTexts {

    private final MessageSource messages;

    public SmsTexts(MessageSource messages) {
        this.messages = messages;
    }

    /** The text to send; {@link IllegalArgumentException} naming the template when there is no such template. */
    public String render(SmsMessage message) {
        try {
            return messages.getMessage(
                    "sms.template." + message.templateCode(),
                    message.parameters().toArray(),
                    Locale.SIMPLIFIED_CHINESE);
        } catch (NoSuchMessageException e) {
            throw new IllegalArgumentException(
                    "templateCode: no SMS template sms.template." + message.templateCode()
                            + " in messages/sms.properties",
                    e);
        }
    }
}
