package org.liangxiang.policy;

/** From which month an approved subsidy is paid. */
public enum PaymentStartRule {
    /** The month the application was submitted (国发〔2015〕52号); a later approval carries back-pay. */
    MONTH_OF_SUBMISSION,
    /** The month after the approval (some regions' practice). */
    MONTH_AFTER_APPROVAL
}
