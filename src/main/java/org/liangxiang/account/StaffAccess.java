package org.liangxiang.account;

import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may do what on the staff side. 三员分立: each administrator works only in its own area (the system administrator
 * in {@code /staff/admin/**} and the configuration API, the security administrator in {@code /staff/admin/security},
 * the audit administrator in {@code /staff/audit/**}); business pages are for staff who are none of the three.
 */
final class StaffAccess {

    /** The authority of a staff member who gave the right password but not yet the second factor. */
    static final String PASSWORD_VERIFIED = "STAFF_PASSWORD_VERIFIED";

    private StaffAccess() {}

    /** Business pages: any signed-in staff member who is not one of the three administrators. */
    static AuthorizationManager<RequestAuthorizationContext> businessStaff() {
        return AuthorizationManagers.allOf(
                AuthorityAuthorizationManager.hasRole("STAFF"),
                AuthorizationManagers.not(
                        AuthorityAuthorizationManager.hasAnyRole("SYSTEM_ADMIN", "SECURITY_ADMIN", "AUDIT_ADMIN")));
    }

    /** The JSON API: signed-in staff except the security and audit administrators, who have no business there. */
    static AuthorizationManager<RequestAuthorizationContext> apiStaff() {
        return AuthorizationManagers.allOf(
                AuthorityAuthorizationManager.hasRole("STAFF"),
                AuthorizationManagers.not(AuthorityAuthorizationManager.hasAnyRole("SECURITY_ADMIN", "AUDIT_ADMIN")));
    }
}
