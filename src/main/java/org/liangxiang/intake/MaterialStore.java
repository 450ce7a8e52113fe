package org.liangxiang.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.liangxiang.guide.MaterialType;
import org.liangxiang.shared.TimeOrderedIds;
import org.liangxiang.shared.crypto.PersonalData;
import org.liangxiang.shared.storage.StoredFile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The intake_material table: every version of every material; the file name sealed. */
@Component
class MaterialStore {

    static final String TABLE = "intake_material";

    private final JdbcClient jdbc;
    private final PersonalData personalData;

    MaterialStore(JdbcClient jdbc, PersonalData personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    record Stored(MaterialVersion version, String storageKey) {}

    MaterialVersion insert(ApplicationId applicationId, MaterialType type, StoredFile file, String name, String by) {
        UUID id = TimeOrderedIds.next();
        jdbc.sql("""
                INSERT INTO intake_material (id, application_id, material_type, version, storage_key, content_type,
                    size_bytes, sm3, file_name_sealed, uploaded_by)
                SELECT ?, ?, ?, coalesce(max(version), 0) + 1, ?, ?, ?, ?, ?, ?
                  FROM intake_material WHERE application_id = ? AND material_type = ?""")
                .params(
                        id,
                        applicationId.value(),
                        type.name(),
                        file.key(),
                        file.contentType(),
                        file.size(),
                        file.sm3(),
                        personalData.seal(name, TABLE, "file_name", id),
                        by,
                        applicationId.value(),
                        type.name())
                .update();
        return find(applicationId, id).orElseThrow().version();
    }

    /** The current (highest) version of each material type, by type. */
    List<MaterialVersion> current(ApplicationId applicationId) {
        return jdbc.sql("""
                SELECT DISTINCT ON (material_type) * FROM intake_material WHERE application_id = ?
                 ORDER BY material_type, version DESC""").param(applicationId.value()).query(this::map).list();
    }

    Set<MaterialType> currentTypes(ApplicationId applicationId) {
        Set<MaterialType> types = EnumSet.noneOf(MaterialType.class);
        jdbc.sql("SELECT DISTINCT material_type FROM intake_material WHERE application_id = ?")
                .param(applicationId.value())
                .query(String.class)
                .list()
                .forEach(t -> types.add(MaterialType.valueOf(t)));
        return types;
    }

    /** Every version of a type, oldest first. */
    List<MaterialVersion> versions(ApplicationId applicationId, MaterialType type) {
        return jdbc.sql("""
                SELECT * FROM intake_material WHERE application_id = ? AND material_type = ? ORDER BY version""")
                .params(applicationId.value(), type.name())
                .query(this::map)
                .list();
    }

    Optional<Stored> find(ApplicationId applicationId, UUID materialId) {
        return jdbc.sql("SELECT * FROM intake_material WHERE application_id = ? AND id = ?")
                .params(applicationId.value(), materialId)
                .query((rs, n) -> new Stored(map(rs, n), rs.getString("storage_key")))
                .optional();
    }

    private MaterialVersion map(ResultSet rs, int n) throws SQLException {
        UUID id = rs.getObject("id", UUID.class);
        return new MaterialVersion(
                id,
                rs.getString("material_type"),
                rs.getInt("version"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sm3"),
                personalData.open(rs.getBytes("file_name_sealed"), TABLE, "file_name", id),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
