package org.liangxiang.review;

import java.util.UUID;

/**
 * One case of a bulk completion: done (with the new version), or why not ({@code status} 404, 403, 409 or 400, the
 * {@code rule} and the case's current state where it was found).
 */
public record BulkResult(UUID applicationId, boolean done, Integer status, String rule, CaseSummary current) {

    static BulkResult done(CaseSummary after) {
        return new BulkResult(after.applicationId(), true, null, null, after);
    }

    static BulkResult failed(UUID id, int status, String rule, CaseSummary current) {
        return new BulkResult(id, false, status, rule, current);
    }
}
