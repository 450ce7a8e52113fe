package org.liangxiang.audit;

import java.util.List;

/** Reading the audit trail back, e.g. an application's timeline. */
public interface AuditRecords {

    /** The records about one object (e.g. {@code "APPLICATION"}, its id), oldest first. */
    List<AuditRecordView> forObject(String objectType, String objectId);
}
