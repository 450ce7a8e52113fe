package org.liangxiang.intake;

import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** What the two JSON controllers need, in one bean (so that neither constructor lists eight services). */
@Component
record IntakeWeb(
        Applications applications,
        ApplicationDrafts drafts,
        ApplicationMaterials materials,
        ApplicationSubmissions submissions,
        ApplicationDocuments documents,
        ApplicationResources resources,
        IdempotencyKeys idempotency,
        JsonMapper json) {}
