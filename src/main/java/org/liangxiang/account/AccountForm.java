package org.liangxiang.account;

/** The new-account form of the system administrator (strings as typed; the role by its name). */
record AccountForm(
        String username, String fullName, String personId, String password, String role, String jurisdiction) {

    static AccountForm empty() {
        return new AccountForm("", "", "", "", "", "");
    }

    NewStaffAccount account() {
        return new NewStaffAccount(
                username, fullName, personId, password, StaffAdminController.role(role), jurisdiction);
    }

    /** The form to show again after a refusal: everything but the password. */
    AccountForm withoutPassword() {
        return new AccountForm(username, fullName, personId, "", role, jurisdiction);
    }
}
