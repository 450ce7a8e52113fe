package org.liangxiang.intake;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Where an application is expected next, as the applicant sees it ("now at stage, at office, expected by date"):
 * intake's port, answered by the module that holds those facts (review, from the application's open case). Intake keeps
 * no copy of them; its resource, timeline and pages read them through this port when they are shown.
 */
public interface ExpectedNext {

    /** Where the application is expected next; empty when no open case holds it (decided, withdrawn, refused, ...). */
    Optional<ExpectedStage> of(ApplicationId id);

    /** The same for many applications in one read; only those with an open case are keys (lists use this). */
    Map<ApplicationId, ExpectedStage> of(Collection<ApplicationId> ids);
}
