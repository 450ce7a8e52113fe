package org.liangxiang.notification;

import java.util.Locale;

/**
 * What a notification is about: one kind per event. The message texts are {@code notification.<key>.title} and {@code
 * notification.<key>.text} in messages/notification*.properties; the SMS text is {@code
 * sms.template.notification-<key>} in messages/sms.properties (always Chinese, short). Stored by name.
 */
public enum NoticeKind {
    SUBMITTED,
    RESUBMITTED,
    WITHDRAWN,
    MATERIALS_CHANGED,
    ACCEPTED,
    NOT_ACCEPTED,
    RETURNED,
    FORWARDED,
    STEP_COMPLETED,
    SUBSIDY_APPROVED,
    SUBSIDY_REFUSED,
    LAPSED,
    CERTIFICATE_EXPIRING;

    /** The kind's part of its message keys and SMS template code, e.g. {@code subsidy-approved}. */
    String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    String titleKey() {
        return "notification." + key() + ".title";
    }

    String textKey() {
        return "notification." + key() + ".text";
    }

    String smsTemplate() {
        return "notification-" + key();
    }
}
