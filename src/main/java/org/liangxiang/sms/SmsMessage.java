package org.liangxiang.sms;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A text message: the template (its text is {@code sms.template.<templateCode>} in {@code messages/sms.properties},
 * Chinese) and the values for its placeholders {@code {0}}, {@code {1}}, ... in order. Real gateways register the same
 * templates with the carrier and pass the code and values, not the text.
 */
public record SmsMessage(String templateCode, List<String> parameters) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*");

    public SmsMessage {
        if (templateCode == null || !CODE.matcher(templateCode).matches()) {
            throw new IllegalArgumentException(
                    "templateCode: lower-case letters, digits and hyphens, starting with a letter");
        }
        if (parameters == null || parameters.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("parameters: a list without null values");
        }
        parameters = List.copyOf(parameters);
    }

    public static SmsMessage of(String templateCode, String... parameters) {
        return new SmsMessage(templateCode, List.of(parameters));
    }
}
