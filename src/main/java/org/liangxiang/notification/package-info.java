/**
 * Notifications: on every event about an application (and on certificate-expiry reminders) an in-portal message and a
 * text message (SMS) in plain language to each applicant account concerned: the submitter (the person or the agent) and
 * the person's own real-name bound account. It only listens; the SMS are sent by a job through the {@code sms} port,
 * retried with backoff and given up after a few attempts, so a failed send never touches the flow. Applicants read their
 * messages at {@code /messages} (docs/notification.md).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Notification",
        allowedDependencies = {"shared", "account", "sms", "audit", "intake", "review", "eligibility", "policy"})
package org.liangxiang.notification;
