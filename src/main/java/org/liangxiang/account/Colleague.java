package org.liangxiang.account;

import java.util.UUID;

/** An active staff member of the same office (same role and jurisdiction), as a reassignment list shows them. */
public record Colleague(UUID accountId, String username, String fullName) {}
