package org.liangxiang.account;

import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsChecker;

/** Before the password is checked: a disabled account or one locked after failed sign-ins is refused. */
class StaffAccountStatusCheck implements UserDetailsChecker {

    private final SignInLockout lockout;

    StaffAccountStatusCheck(SignInLockout lockout) {
        this.lockout = lockout;
    }

    @Override
    public void check(UserDetails user) {
        if (user instanceof SignedInStaff member
                && lockout.lockedUntil(member.accountId()).isPresent()) {
            throw new LockedException("staff account locked");
        }
        if (!user.isEnabled()) {
            throw new DisabledException("staff account disabled");
        }
    }
}
