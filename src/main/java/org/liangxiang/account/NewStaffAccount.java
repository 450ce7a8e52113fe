package org.liangxiang.account;

/**
 * A staff account to create, as the system administrator enters it.
 *
 * @param username the sign-in name: 3-64 lower-case letters, digits, '.', '_' or '-'
 * @param fullName the person's name (sealed at rest)
 * @param personId the person's resident id (居民身份证号码), checked against their identity card: required for the
 *     three administrator roles, where it keeps one person from holding two of them (sealed, with a blind index)
 * @param password the first password (the person changes it at will; the rules are {@code PasswordRules})
 * @param role the one role of the account
 * @param jurisdiction the region code whose subtree the account may see and act on
 */
public record NewStaffAccount(
        String username, String fullName, String personId, String password, StaffRole role, String jurisdiction) {

    @Override
    public String toString() {
        return "NewStaffAccount[" + username + ", " + role + "@" + jurisdiction + "]";
    }
}
