package org.liangxiang.account;

import java.util.UUID;

/**
 * Signed-in staff principals for MockMvc tests of other modules ({@code with(user(StaffPrincipals.of(...)))}): the
 * same {@link SignedInStaff} a sign-in puts into the session, with ROLE_STAFF and the role's authority.
 */
public final class StaffPrincipals {

    private StaffPrincipals() {}

    public static SignedInStaff of(UUID accountId, StaffRole role, String jurisdiction) {
        return new SignedInStaff(accountId, role, jurisdiction, "{noop}unused", true);
    }

    public static SignedInStaff of(StaffRole role, String jurisdiction) {
        return of(UUID.randomUUID(), role, jurisdiction);
    }
}
