package org.liangxiang.review;

import java.util.NoSuchElementException;
import java.util.UUID;

/** No case with this id, or none the staff member may see or act on here (both 404, so ids cannot be probed). */
public class CaseNotFoundException extends NoSuchElementException {

    private static final long serialVersionUID = 1L;

    private final UUID applicationId;

    CaseNotFoundException(UUID applicationId) {
        super("No case " + applicationId);
        this.applicationId = applicationId;
    }

    public UUID applicationId() {
        return applicationId;
    }
}
