package org.liangxiang.sms;

import java.util.Optional;
import org.liangxiang.shared.crypto.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway used when no real one is configured: it delivers nothing. It logs the masked number and the template
 * code (never the text: it may carry a one-time code) and, in the demo profile, keeps the message in the demo outbox
 * for the page {@code /demo/sms}.
 */
class DemoSmsGateway implements SmsGateway {

    private static final Logger log = LoggerFactory.getLogger(DemoSmsGateway.class);

    private final SmsTexts texts;
    private final Optional<DemoOutbox> outbox;

    DemoSmsGateway(SmsTexts texts, Optional<DemoOutbox> outbox) {
        this.texts = texts;
        this.outbox = outbox;
    }

    @Override
    public void send(String phoneNumber, SmsMessage message) {
        SmsGateway.requireMobile(phoneNumber);
        String text = texts.render(message);
        if (outbox.isPresent()) {
            outbox.get().keep(phoneNumber, message.templateCode(), text);
            log.info(
                    "SMS not delivered (demo gateway), kept in the demo outbox: to {}, template {}",
                    Masking.phone(phoneNumber),
                    message.templateCode());
        } else {
            log.warn(
                    "SMS not delivered: no SMS gateway is configured (to {}, template {})",
                    Masking.phone(phoneNumber),
                    message.templateCode());
        }
    }
}
