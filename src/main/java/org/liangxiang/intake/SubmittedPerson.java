package org.liangxiang.intake;

import java.time.LocalDate;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.ResidentId;

/**
 * Who a submitted application is for, as eligibility's evidence reports need it: the resident id and certificate
 * number (decrypted: never logged, never in events or audit rows), the household-registration township and the
 * submission date.
 */
public record SubmittedPerson(
        ApplicationId applicationId,
        ResidentId residentId,
        CertificateNumber certificateNumber,
        String homeTownship,
        LocalDate submittedOn) {

    @Override
    public String toString() {
        return "SubmittedPerson[" + applicationId + "]";
    }
}
