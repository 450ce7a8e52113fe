package org.liangxiang.account;

import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.ResidentId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fallback when no real-name service is wired in: it cannot confirm anyone, so it answers {@link
 * Result#UNAVAILABLE} (the page then sends the person to a window) and warns the operators. It never says MATCHED.
 */
class UnconfiguredRealNameVerification implements RealNameVerification {

    private static final Logger log = LoggerFactory.getLogger(UnconfiguredRealNameVerification.class);

    @Override
    public Result verify(String fullName, ResidentId residentId, CertificateNumber certificate) {
        log.warn("Real-name check not possible: no RealNameVerification adapter is configured (docs/portal.md)");
        return Result.UNAVAILABLE;
    }
}
