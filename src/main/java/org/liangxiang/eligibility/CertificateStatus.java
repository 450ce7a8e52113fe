package org.liangxiang.eligibility;

/** A certificate's status on the federation's register. Stored by name. */
public enum CertificateStatus {
    VALID,
    /** 注销: withdrawn (e.g. on death or re-assessment); no longer counts. */
    CANCELLED
}
