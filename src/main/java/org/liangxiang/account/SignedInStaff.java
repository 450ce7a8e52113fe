package org.liangxiang.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in staff member as the session holds it: ids and codes only (the account id, the role, the jurisdiction
 * region code). Other modules read it with {@code @AuthenticationPrincipal SignedInStaff staff}.
 */
public final class SignedInStaff implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final StaffRole role;
    private final String jurisdiction;
    private String passwordHash;
    private final boolean enabled;

    SignedInStaff(UUID accountId, StaffRole role, String jurisdiction, String passwordHash, boolean enabled) {
        this.accountId = accountId;
        this.role = role;
        this.jurisdiction = jurisdiction;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    public UUID accountId() {
        return accountId;
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

    @Override
    public String getPassword() {
        return passwordHash;
    }

    /** The account id: the session's principal name is never a name or a phone number. */
    @Override
    public String getUsername() {
        return accountId.toString();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
