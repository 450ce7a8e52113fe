package org.liangxiang.policy;

/** How often the subsidies are paid out (the amounts are per month either way). */
public enum PaymentFrequency {
    MONTHLY,
    QUARTERLY
}
