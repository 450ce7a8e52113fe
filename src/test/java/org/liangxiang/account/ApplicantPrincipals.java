package org.liangxiang.account;

import java.util.UUID;

/**
 * Signed-in applicant principals for MockMvc tests of other modules ({@code with(user(ApplicantPrincipals.of(...)))}):
 * the same {@link SignedInApplicant} a sign-in puts into the session, with ROLE_APPLICANT.
 */
public final class ApplicantPrincipals {

    private ApplicantPrincipals() {}

    public static SignedInApplicant of(UUID accountId, boolean realNameVerified) {
        return new SignedInApplicant(accountId, realNameVerified, "{noop}unused", true);
    }
}
