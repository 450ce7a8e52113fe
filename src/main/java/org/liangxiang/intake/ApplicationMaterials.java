package org.liangxiang.intake;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.liangxiang.guide.MaterialType;
import org.liangxiang.shared.storage.FileStorage;
import org.liangxiang.shared.storage.StoredFile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Materials: PDF, JPEG or PNG (decided from the content), at most 10 MB each, stored encrypted through the file
 * storage. Uploading a type again makes a new version; earlier versions stay readable. Allowed in DRAFT, SUBMITTED
 * and RETURNED (frozen from acceptance on).
 */
@Service
public class ApplicationMaterials {

    /** The largest material accepted: 10 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    private final ApplicationAccess access;
    private final ApplicationStore store;
    private final MaterialStore materials;
    private final Corrections corrections;
    private final FileStorage storage;
    private final IntakeRecorder recorder;
    private final IntakeMessages messages;

    ApplicationMaterials(
            ApplicationAccess access,
            ApplicationStore store,
            MaterialStore materials,
            Corrections corrections,
            FileStorage storage,
            IntakeRecorder recorder,
            IntakeMessages messages) {
        this.access = access;
        this.store = store;
        this.materials = materials;
        this.corrections = corrections;
        this.storage = storage;
        this.recorder = recorder;
        this.messages = messages;
    }

    /** A file's content and its type, for download. */
    public record Content(String contentType, long size, InputStream stream) {}

    /**
     * Uploads a material (a new version when the type has one). Refused, naming the rule: an unknown type, an empty
     * file, more than 10 MB, or content that is not PDF, JPEG or PNG whatever the file is called.
     */
    @Transactional
    public MaterialVersion upload(Actor actor, ApplicationId id, String materialType, String fileName, byte[] content) {
        Application a = access.actionable(actor, id);
        a.require("CHANGE_MATERIALS", ApplicationStatus.MATERIALS_CHANGEABLE);
        MaterialType type = type(materialType);
        String contentType = check(content);
        StoredFile file = storage.store(content, MAX_BYTES, contentType);
        deleteOnRollback(file.key());
        store.touch(a);
        MaterialVersion version = materials.insert(id, type, file, fileName(fileName), actor.auditId());
        corrections.changed(a, CorrectionItem.material(type.name()));
        recorder.audit(a, actor, "MATERIALS_CHANGED", null, type.name() + " v" + version.version(), null);
        if (a.status() != ApplicationStatus.DRAFT) {
            recorder.publish(new MaterialsChanged(a.envelope(actor), id, type.name()));
        }
        return version;
    }

    /** The current version of each material. */
    @Transactional(readOnly = true)
    public List<MaterialVersion> current(Actor actor, ApplicationId id) {
        access.visible(actor, id);
        return materials.current(id);
    }

    /** Every version of one material, oldest first. */
    @Transactional(readOnly = true)
    public List<MaterialVersion> versions(Actor actor, ApplicationId id, String materialType) {
        access.visible(actor, id);
        return materials.versions(id, type(materialType));
    }

    /** One version's content; an unknown version is "not found" like an unseen application. */
    @Transactional(readOnly = true)
    public Content open(Actor actor, ApplicationId id, UUID materialId) {
        access.visible(actor, id);
        MaterialStore.Stored stored =
                materials.find(id, materialId).orElseThrow(() -> new ApplicationNotFoundException(id));
        return new Content(stored.version().contentType(), stored.version().size(), storage.open(stored.storageKey()));
    }

    private MaterialType type(String name) {
        try {
            return MaterialType.valueOf(name == null ? "" : name.strip());
        } catch (IllegalArgumentException e) {
            throw messages.invalid("materialType", "INTAKE_MATERIAL_TYPE_UNKNOWN");
        }
    }

    private String check(byte[] content) {
        if (content == null || content.length == 0) {
            throw messages.invalid("file", "INTAKE_FILE_EMPTY");
        }
        if (content.length > MAX_BYTES) {
            throw tooLarge();
        }
        return FileContent.typeOf(content).orElseThrow(() -> messages.invalid("file", "INTAKE_FILE_TYPE"));
    }

    /** The refusal of a file over 10 MB (the web layer uses it too when the upload is cut short). */
    org.liangxiang.shared.InvalidValueException tooLarge() {
        return messages.invalid("file", "INTAKE_FILE_TOO_LARGE", MAX_BYTES / (1024 * 1024));
    }

    private static String fileName(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        return base.length() > 200 ? base.substring(0, 200) : base;
    }

    private void deleteOnRollback(String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    storage.delete(key);
                }
            }
        });
    }
}
