package org.liangxiang.sms;

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

    /** Returns the number when it is a mainland mobile number; otherwise refuses, without repeating the number. */
    static String requireMobile(String phoneNumber) {
        if (!MobileNumber.isValid(phoneNumber)) {
            throw new IllegalArgumentException("phoneNumber: a mainland mobile number, 11 digits starting with 1");
        }
        return phoneNumber;
    }
}
