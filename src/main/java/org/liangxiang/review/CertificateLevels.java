package org.liangxiang.review;

import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.Applications;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.stereotype.Component;

/**
 * The level of the person's disability certificate, which a decision's amounts depend on: kept by the case, sealed
 * (personal data, bound to the case's row), from the application when the case opens and when a corrected application
 * comes back (the only times the certificate can have changed: intake freezes it from submission on, except while
 * returned). A case opened before the level was kept has none: its decision reads it from intake.
 */
@Component
class CertificateLevels {

    static final String COLUMN = "certificate_level";

    private final Applications applications;
    private final PersonalData personalData;

    CertificateLevels(Applications applications, PersonalData personalData) {
        this.applications = applications;
        this.personalData = personalData;
    }

    /** The case keeps the level on the application's certificate now (written with its insert or its save). */
    void keep(ReviewCase c) {
        DisabilityLevel level = applications
                .certificateNumber(new ApplicationId(c.applicationId))
                .level();
        c.keepLevel(personalData.seal(level.name(), "review_case", COLUMN, c.applicationId));
    }

    /** The level the case keeps, or (a case opened before it was kept) the one on the application's certificate. */
    DisabilityLevel of(ReviewCase c) {
        if (c.levelSealed == null) {
            return applications
                    .certificateNumber(new ApplicationId(c.applicationId))
                    .level();
        }
        return DisabilityLevel.valueOf(personalData.open(c.levelSealed, "review_case", COLUMN, c.applicationId));
    }
}
