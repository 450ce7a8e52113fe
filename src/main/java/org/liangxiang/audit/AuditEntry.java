package org.liangxiang.audit;

import java.util.Objects;

/**
 * One thing that happened, as the audit trail records it: who (account, role, office), what (type, object, before and
 * after states, reason), from where. Ids, codes and states only: never a name, resident id, certificate number, phone
 * number, address or account number in clear (use masked forms or ids).
 *
 * <p>Keeping personal data out is the caller's duty: the trail is append-only and sealed, so whatever is written stays,
 * readable by every auditor, until the retention purge removes it (docs/audit.md).
 *
 * @param type what happened, e.g. {@code SIGN_IN}, {@code SIGN_IN_FAILED}, {@code ACCESS_DENIED}, {@code UNMASK},
 *     {@code APPLICATION_ACCEPTED}
 * @param actorId the acting account's id, or {@code "system"}; for a failed sign-in the masked user name given
 * @param actorRole the actor's role, or {@code null}
 * @param actorOffice the actor's office or jurisdiction region code, or {@code null}
 * @param objectType the kind of object acted on, e.g. {@code APPLICATION}, {@code ACCOUNT}, or {@code null}
 * @param objectId the object's id, or {@code null}
 * @param before the state before (a state name or small JSON of ids and codes), or {@code null}
 * @param after the state after, or {@code null}
 * @param reason why, as given by the actor, or {@code null}
 * @param sourceAddress where the request came from (IP address), or {@code null}
 */
public record AuditEntry(
        String type,
        String actorId,
        String actorRole,
        String actorOffice,
        String objectType,
        String objectId,
        String before,
        String after,
        String reason,
        String sourceAddress) {

    public AuditEntry {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actorId, "actorId");
    }

    /** Starts an entry of the given type by the given actor; the other fields through the {@code with*} methods. */
    public static AuditEntry of(String type, String actorId) {
        return new AuditEntry(type, actorId, null, null, null, null, null, null, null, null);
    }

    public AuditEntry withActor(String role, String office) {
        return new AuditEntry(type, actorId, role, office, objectType, objectId, before, after, reason, sourceAddress);
    }

    public AuditEntry withObject(String objectType, String objectId) {
        return new AuditEntry(
                type, actorId, actorRole, actorOffice, objectType, objectId, before, after, reason, sourceAddress);
    }

    public AuditEntry withChange(String before, String after) {
        return new AuditEntry(
                type, actorId, actorRole, actorOffice, objectType, objectId, before, after, reason, sourceAddress);
    }

    public AuditEntry withReason(String reason) {
        return new AuditEntry(
                type, actorId, actorRole, actorOffice, objectType, objectId, before, after, reason, sourceAddress);
    }

    public AuditEntry from(String sourceAddress) {
        return new AuditEntry(
                type, actorId, actorRole, actorOffice, objectType, objectId, before, after, reason, sourceAddress);
    }
}
