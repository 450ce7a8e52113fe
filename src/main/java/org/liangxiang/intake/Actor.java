package org.liangxiang.intake;

import java.util.Objects;
import java.util.UUID;

/**
 * Who acts on an application: a signed-in applicant (or agent), a staff member (role and jurisdiction), a partner
 * system, or the system itself. Intake decides what the actor may see and do from this.
 *
 * @param accountId the applicant or staff account, null for a partner or the system
 * @param role the staff role name (e.g. {@code TOWNSHIP_CLERK}), null otherwise
 * @param jurisdiction the staff member's jurisdiction region code, null otherwise
 * @param partner the partner system's code, null otherwise
 */
public record Actor(Kind kind, UUID accountId, String role, String jurisdiction, String partner) {

    public enum Kind {
        APPLICANT,
        STAFF,
        PARTNER,
        SYSTEM
    }

    public Actor {
        Objects.requireNonNull(kind, "kind");
    }

    public static Actor applicant(UUID accountId) {
        return new Actor(Kind.APPLICANT, Objects.requireNonNull(accountId, "accountId"), null, null, null);
    }

    public static Actor staff(UUID accountId, String role, String jurisdiction) {
        return new Actor(
                Kind.STAFF,
                Objects.requireNonNull(accountId, "accountId"),
                Objects.requireNonNull(role, "role"),
                Objects.requireNonNull(jurisdiction, "jurisdiction"),
                null);
    }

    public static Actor partner(String partner) {
        return new Actor(Kind.PARTNER, null, null, null, Objects.requireNonNull(partner, "partner"));
    }

    public static Actor system() {
        return new Actor(Kind.SYSTEM, null, null, null, null);
    }

    /** The actor id for audit records and event envelopes. */
    public String auditId() {
        return switch (kind) {
            case APPLICANT, STAFF -> accountId.toString();
            case PARTNER -> "partner:" + partner;
            case SYSTEM -> "system";
        };
    }

    /** The role for audit records: the staff role, else the kind. */
    public String auditRole() {
        return kind == Kind.STAFF ? role : kind.name();
    }
}
