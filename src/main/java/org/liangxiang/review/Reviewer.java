package org.liangxiang.review;

import java.util.Objects;
import java.util.UUID;
import org.liangxiang.account.SignedInStaff;
import org.liangxiang.account.StaffRole;
import org.liangxiang.policy.ReviewOffice;

/**
 * The staff member acting on or reading cases: account, role and jurisdiction (a region code whose subtree they see).
 *
 * @param jurisdiction a canonical region code, 6 or 9 digits
 */
public record Reviewer(UUID accountId, StaffRole role, String jurisdiction) {

    public Reviewer {
        Objects.requireNonNull(accountId, "accountId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
    }

    public static Reviewer of(SignedInStaff staff) {
        return new Reviewer(staff.accountId(), staff.role(), staff.jurisdiction());
    }

    /** The kind of office whose acts this role does, or {@code null} for a role that only reads. */
    public ReviewOffice office() {
        return switch (role) {
            case TOWNSHIP_CLERK -> ReviewOffice.TOWNSHIP;
            case FEDERATION_REVIEWER -> ReviewOffice.COUNTY_FEDERATION;
            case CIVIL_AFFAIRS_APPROVER -> ReviewOffice.COUNTY_CIVIL_AFFAIRS;
            default -> null;
        };
    }

    String actorId() {
        return accountId.toString();
    }
}
