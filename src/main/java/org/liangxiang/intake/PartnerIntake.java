package org.liangxiang.intake;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partner channel: a partner system (a province's own system, the national system) hands in a complete application
 * with its materials under its own id. Idempotent on (partner, external id): the same id again returns the application
 * made the first time, whatever was sent; two concurrent first calls leave one application (the database's unique
 * index refuses the other, whose retry then gets the first). The exchange API will call this.
 */
@Service
public class PartnerIntake {

    private final ApplicationDrafts drafts;
    private final ApplicationMaterials materials;
    private final ApplicationSubmissions submissions;
    private final ApplicationStore store;
    private final IntakeMessages messages;

    PartnerIntake(
            ApplicationDrafts drafts,
            ApplicationMaterials materials,
            ApplicationSubmissions submissions,
            ApplicationStore store,
            IntakeMessages messages) {
        this.drafts = drafts;
        this.materials = materials;
        this.submissions = submissions;
        this.store = store;
        this.messages = messages;
    }

    /** A material handed in by a partner: its type ({@code guide.MaterialType} name), file name and content. */
    public record PartnerMaterial(String fileName, byte[] content) {}

    /**
     * Creates, fills and submits the application in one transaction: either it is submitted, or nothing is kept (the
     * refusal names each bad field or missing material, or the open application that stands in the way).
     *
     * @param materials by material type name
     */
    @Transactional
    public SubmittedApplication receive(
            String partner, String externalId, DraftForm form, Map<String, PartnerMaterial> materials) {
        if (externalId == null || externalId.isBlank() || externalId.length() > 100) {
            throw messages.invalid("externalId", "INTAKE_REQUIRED");
        }
        Actor actor = Actor.partner(partner);
        var existing = store.findByExternalId(partner, externalId.strip());
        if (existing.isPresent()) {
            return store.find(existing.get()).orElseThrow().view();
        }
        SubmittedApplication draft = drafts.create(actor, form, Channel.PARTNER, externalId.strip());
        new TreeMap<>(materials)
                .forEach((type, m) -> this.materials.upload(actor, draft.id(), type, m.fileName(), m.content()));
        return submissions.submit(actor, draft.id());
    }
}
