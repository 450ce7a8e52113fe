package org.liangxiang.review.web;

import java.util.UUID;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.review.Reviewer;
import org.liangxiang.review.Worklists;
import org.liangxiang.shared.InvalidValueException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Show in full": the staff member names why; the look-up is audited ({@code PERSON_SHOWN_IN_FULL}, object {@code
 * APPLICATION_PERSON} with the application id, the reason code) before anything is shown. Only for a case the staff
 * member may read (else 404 like every case page).
 */
@Component
class PersonUnmasking {

    static final String TYPE = "PERSON_SHOWN_IN_FULL";
    static final String OBJECT = "APPLICATION_PERSON";

    private final Worklists worklists;
    private final AuditTrail audit;

    PersonUnmasking(Worklists worklists, AuditTrail audit) {
        this.worklists = worklists;
        this.audit = audit;
    }

    @Transactional
    void record(Reviewer reviewer, UUID applicationId, String reason) {
        UnmaskReason why = reason(reason);
        worklists.get(reviewer, applicationId);
        audit.record(AuditEntry.of(TYPE, reviewer.accountId().toString())
                .withActor(reviewer.role().name(), reviewer.jurisdiction())
                .withObject(OBJECT, applicationId.toString())
                .withReason(why.name()));
    }

    private static UnmaskReason reason(String value) {
        try {
            return UnmaskReason.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(
                    "unmaskReason", "REASON_REQUIRED", "请选择查看完整信息的原因", "Choose why you need to see the full details");
        }
    }
}
