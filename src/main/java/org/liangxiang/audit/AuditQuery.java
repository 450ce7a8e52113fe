package org.liangxiang.audit;

import java.time.LocalDate;

/**
 * A search of the audit trail: each criterion optional; the dates are Beijing days, both included.
 *
 * @param objectType e.g. {@code STAFF_ACCOUNT}, {@code APPLICATION}
 * @param objectId the object's id, exactly
 * @param actorId the acting account's id (or {@code system}), exactly
 * @param type the record type, e.g. {@code SIGN_IN_FAILED}
 * @param from the first day
 * @param to the last day
 */
public record AuditQuery(
        String objectType, String objectId, String actorId, String type, LocalDate from, LocalDate to) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
