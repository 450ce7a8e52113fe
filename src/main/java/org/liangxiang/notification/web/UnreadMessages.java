package org.liangxiang.notification.web;

import org.liangxiang.account.SignedInApplicant;
import org.liangxiang.notification.Notifications;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Public only for the template's expression language (an internal sub-package, not the module's API). The count of unread messages for the header link (templates/notification/header-link.html, which the shared layout
 * includes): only for a signed-in applicant, one indexed count per page.
 */
@Component("unreadMessages")
public class UnreadMessages {

    private final Notifications notifications;

    public UnreadMessages(Notifications notifications) {
        this.notifications = notifications;
    }

    public long of(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof SignedInApplicant applicant
                ? notifications.unreadCount(applicant.accountId())
                : 0;
    }
}
