package org.liangxiang.sms;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.liangxiang.shared.crypto.Masking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway used when no real one is configured: it delivers nothing. It logs the masked number and the template
 * code (never the text: it may carry a one-time code) and, in the demo profile, keeps the message in the demo outbox
 * for the page {@code /demo/sms}. Several messages at once ({@link #sendEach}, the notification SMS job's) are kept by
 * one insert and logged by one line with their count.
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
            outbox.get().keep(List.of(new DemoOutbox.Message(phoneNumber, message.templateCode(), text)));
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

    /**
     * Keeps every message whose number and template are valid in the outbox by one insert (its failure fails them
     * all); a message with an invalid number or template fails alone. Without the outbox, one at a time.
     */
    @Override
    public List<RuntimeException> sendEach(List<Addressed> messages) {
        if (outbox.isEmpty()) {
            return SmsGateway.super.sendEach(messages);
        }
        List<RuntimeException> failures = new ArrayList<>(messages.size());
        List<DemoOutbox.Message> kept = new ArrayList<>(messages.size());
        for (Addressed addressed : messages) {
            try {
                SmsGateway.requireMobile(addressed.phoneNumber());
                kept.add(new DemoOutbox.Message(
                        addressed.phoneNumber(),
                        addressed.message().templateCode(),
                        texts.render(addressed.message())));
                failures.add(null);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        try {
            outbox.get().keep(kept);
        } catch (RuntimeException e) {
            failures.replaceAll(failure -> failure == null ? e : failure);
            return failures;
        }
        if (!kept.isEmpty()) {
            log.info("{} SMS not delivered (demo gateway), kept in the demo outbox", kept.size());
        }
        return failures;
    }
}
