package org.liangxiang.review.notice;

import org.liangxiang.shared.ResidentId;

/**
 * Whom a notice is about: the application number, the person's name in full (the notice goes to them) and the
 * resident id masked (a notice may be lost or shown around).
 *
 * @param applicationNumber the human number, e.g. LX4101022026000123
 * @param name the person's full name
 * @param maskedResidentId e.g. 410102********1234
 */
public record Addressee(String applicationNumber, String name, String maskedResidentId) {

    public Addressee {
        applicationNumber = NoticeValues.text(applicationNumber, "applicationNumber");
        name = NoticeValues.text(name, "name");
        maskedResidentId = NoticeValues.masked(maskedResidentId, "maskedResidentId");
    }

    public static Addressee of(String applicationNumber, String fullName, ResidentId residentId) {
        return new Addressee(applicationNumber, fullName, residentId.masked());
    }
}
