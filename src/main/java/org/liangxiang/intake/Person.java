package org.liangxiang.intake;

import java.time.LocalDate;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.ResidentId;

/** The person, checked: the certificate carries the person's resident id; the home township exists. */
record Person(
        String fullName,
        ResidentId residentId,
        CertificateNumber certificateNumber,
        String householdAddress,
        String homeTownship,
        boolean underGuardianship) {

    static final int ADULT_AGE = 18;

    /** A guardian's account may be paid only for a minor or a person under guardianship. */
    boolean mayBePaidToGuardian(LocalDate today) {
        return underGuardianship || residentId.ageOn(today) < ADULT_AGE;
    }

    ApplicantPerson applicantPerson() {
        return new ApplicantPerson(fullName, residentId, certificateNumber, householdAddress);
    }

    @Override
    public String toString() {
        return "Person[" + residentId + "]";
    }
}
