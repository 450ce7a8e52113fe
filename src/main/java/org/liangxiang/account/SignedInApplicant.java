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
 * The signed-in applicant (or agent) as the session holds it: the account id and whether the account is bound to a
 * verified real name. Never the phone number or the name.
 */
public final class SignedInApplicant implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID accountId;
    private final boolean realNameVerified;
    private String passwordHash;
    private final boolean enabled;

    SignedInApplicant(UUID accountId, boolean realNameVerified, String passwordHash, boolean enabled) {
        this.accountId = accountId;
        this.realNameVerified = realNameVerified;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    public UUID accountId() {
        return accountId;
    }

    public boolean realNameVerified() {
        return realNameVerified;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_APPLICANT"));
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
