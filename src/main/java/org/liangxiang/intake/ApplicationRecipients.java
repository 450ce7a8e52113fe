package org.liangxiang.intake;

import java.util.Set;
import java.util.UUID;

/**
 * Whom to tell about an application: its number and the applicant accounts concerned (the submitter's, and the
 * person's own when it is real-name bound), as {@link Applications#accountsToNotify} answers them. Ids only.
 */
public record ApplicationRecipients(ApplicationId id, String number, Set<UUID> accounts) {

    public ApplicationRecipients {
        accounts = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(accounts));
    }
}
