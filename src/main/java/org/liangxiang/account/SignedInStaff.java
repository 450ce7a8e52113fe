package org.liangxiang.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The signed-in staff member: the account id, the role and the jurisdiction region code. Other modules read it with
 * {@code @AuthenticationPrincipal SignedInStaff staff}.
 */
public final class SignedInStaff extends SignedInAccount {

    @Serial
    private static final long serialVersionUID = 1L;

    private final StaffRole role;
    private final String jurisdiction;

    SignedInStaff(UUID accountId, StaffRole role, String jurisdiction, String passwordHash, boolean enabled) {
        super(accountId, passwordHash, enabled);
        this.role = role;
        this.jurisdiction = jurisdiction;
    }

    public StaffRole role() {
        return role;
    }

    /** The region code whose subtree this staff member may see and act on. */
    public String jurisdiction() {
        return jurisdiction;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_STAFF"), new SimpleGrantedAuthority(role.authority()));
    }
}
