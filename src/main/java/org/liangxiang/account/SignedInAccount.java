package org.liangxiang.account;

import java.io.Serial;
import java.util.UUID;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * What the session holds of a signed-in account: its id, never a name or a phone number. The principal name is the
 * account id, so Spring Session's {@code principal_name} column holds ids only.
 */
public abstract sealed class SignedInAccount implements UserDetails, CredentialsContainer
        permits SignedInStaff, SignedInApplicant {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private String passwordHash;
    private final boolean enabled;

    SignedInAccount(UUID accountId, String passwordHash, boolean enabled) {
        this.accountId = accountId;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    public UUID accountId() {
        return accountId;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

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
