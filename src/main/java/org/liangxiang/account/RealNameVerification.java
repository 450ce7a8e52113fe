package org.liangxiang.account;

import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.ResidentId;

/**
 * Checks that a name and a resident id (and, when given, a disability certificate number) belong to one real person:
 * the port to the public-security identity service (公安部门人口信息核验) and the federation's certificate register. In
 * production an adapter calls those services; the demo profile's adapter answers from the synthetic population
 * (docs/portal.md). Without any adapter, every check answers {@link Result#UNAVAILABLE}.
 */
public interface RealNameVerification {

    /** What a check found. Nothing else is told, so that a failed check does not reveal which part was wrong. */
    enum Result {
        /** The name and id belong together (and the certificate, if given, is that person's current one). */
        MATCHED,
        /** They do not, or the certificate is not the person's current one. */
        NOT_MATCHED,
        /** The service could not answer now; the person may try later or bind at a window. */
        UNAVAILABLE
    }

    /**
     * @param certificate the disability certificate number, or {@code null} when none was given
     */
    Result verify(String fullName, ResidentId residentId, CertificateNumber certificate);
}
