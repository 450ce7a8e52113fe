package org.liangxiang.sms;

import java.util.ArrayList;
import java.util.List;
import org.liangxiang.shared.MobileNumber;

/**
 * Sends text messages. The default adapter is the demo one, which delivers nothing; a real gateway is an outside system
 * (a carrier's or the province's SMS platform) wired in as another bean of this type, which then takes precedence.
 * Implementations never log the number in full nor the text, which may carry a one-time code.
 */
public interface SmsGateway {

    /**
     * Sends the message to a mainland mobile number (11 digits, starting with 1).
     *
     * @throws IllegalArgumentException when the number is not a mobile number or the template is unknown
     */
    void send(String phoneNumber, SmsMessage message);

    /** A message and the number it goes to: one entry of {@link #sendEach}. */
    record Addressed(String phoneNumber, SmsMessage message) {}

    /**
     * Sends each message; answers, in the same order, {@code null} for each one the gateway took and the failure for
     * each one it did not (one message's failure never stops the others). By default one at a time through
     * {@link #send}; a gateway that takes several at once (a platform's batch interface, the demo outbox's one insert)
     * sends them together.
     */
    default List<RuntimeException> sendEach(List<Addressed> messages) {
        List<RuntimeException> failures = new ArrayList<>(messages.size());
        for (Addressed addressed : messages) {
            try {
                send(addressed.phoneNumber(), addressed.message());
                failures.add(null);
            } catch (RuntimeException e) {
                failures.add(e);
            }
        }
        return failures;
    }

    /** Returns the number when it is a mainland mobile number; otherwise refuses, without repeating the number. */
    static String requireMobile(String phoneNumber) {
        if (!MobileNumber.isValid(phoneNumber)) {
            throw new IllegalArgumentException("phoneNumber: a mainland mobile number, 11 digits starting with 1");
        }
        return phoneNumber;
    }
}
