package org.liangxiang.intake;

import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.ResidentId;

/** The person, decrypted, for documents only: never logged, never in events or audit rows. */
public record ApplicantPerson(
        String fullName, ResidentId residentId, CertificateNumber certificateNumber, String householdAddress) {

    @Override
    public String toString() {
        return "ApplicantPerson[" + residentId + "]";
    }
}
