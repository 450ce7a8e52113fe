package org.liangxiang.account;

import java.io.Serial;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** The signed-in applicant (or agent): the account id and whether it is bound to a verified real name. */
public final class SignedInApplicant extends SignedInAccount {

    @Serial
    private static final long serialVersionUID = 1L;

    private final boolean realNameVerified;

    SignedInApplicant(UUID accountId, boolean realNameVerified, String passwordHash, boolean enabled) {
        super(accountId, passwordHash, enabled);
        this.realNameVerified = realNameVerified;
    }

    public boolean realNameVerified() {
        return realNameVerified;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_APPLICANT"));
    }
}
