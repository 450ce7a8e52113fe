package org.liangxiang.account;

import java.util.UUID;

/** A member of a staff office as colleagues see them: the account id, user name, full name and role. */
public record StaffColleague(UUID id, String username, String fullName, StaffRole role) {}
