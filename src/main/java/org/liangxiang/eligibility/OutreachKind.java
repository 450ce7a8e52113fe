package org.liangxiang.eligibility;

/** Why a person is on a township's discovery list: a newly issued certificate, or the monthly comparison. Stored by name. */
public enum OutreachKind {
    NEW_CERTIFICATE,
    APPEARS_TO_QUALIFY
}
