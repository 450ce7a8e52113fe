package org.liangxiang.eligibility;

import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liangxiang.shared.DisabilityCategory;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The reference data as the import engine loaded it: the facts table, searched by blind index. */
@Component
class StoredReferenceData implements ReferenceData {

    static final String FACT_COLUMNS = "f.id, f.source, f.region_code, f.kind, f.valid_from, f.valid_to,"
            + " f.township_code, f.category, f.level, f.intellectual_or_mental, f.certificate_status, f.valid_until,"
            + " f.amount_fen, f.place_code, f.import_id, f.loaded_at";

    private final JdbcClient jdbc;
    private final PersonalData personalData;

    StoredReferenceData(JdbcClient jdbc, PersonalData personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    @Override
    public PersonFacts of(ResidentId person, RegionCode region) {
        List<ReferenceFact> facts = jdbc.sql("SELECT " + FACT_COLUMNS
                        + " FROM elig_fact f WHERE f.resident_index = :index ORDER BY f.source, f.valid_from")
                .param("index", personalData.index(PersonalData.RESIDENT_ID, person.value()))
                .query((rs, n) -> fact(rs))
                .list();
        return new PersonFacts(
                facts, coverage(region).stream().map(SourceCoverage::source).collect(Collectors.toSet()));
    }

    @Override
    public Map<ResidentId, List<ReferenceFact>> factsOf(Collection<ResidentId> people) {
        Map<ByteBuffer, ResidentId> byIndex = new HashMap<>();
        people.forEach(p -> byIndex.put(ByteBuffer.wrap(personalData.index(PersonalData.RESIDENT_ID, p.value())), p));
        Map<ResidentId, List<ReferenceFact>> facts = new HashMap<>();
        people.forEach(p -> facts.put(p, new ArrayList<>()));
        if (byIndex.isEmpty()) {
            return facts;
        }
        jdbc.sql("SELECT " + FACT_COLUMNS + ", f.resident_index FROM elig_fact f WHERE f.resident_index IN (:indexes)"
                        + " ORDER BY f.source, f.valid_from")
                .param(
                        "indexes",
                        byIndex.keySet().stream().map(ByteBuffer::array).toList())
                .query((RowCallbackHandler) rs -> facts.get(byIndex.get(ByteBuffer.wrap(rs.getBytes("resident_index"))))
                        .add(fact(rs)));
        return facts;
    }

    @Override
    public List<SourceCoverage> coverage(RegionCode region) {
        return jdbc.sql("""
                        SELECT c.source, c.region_code, c.last_import_id, c.loaded_at
                          FROM elig_coverage c JOIN region_closure rc ON rc.ancestor_code = c.region_code
                         WHERE rc.descendant_code = :region
                         ORDER BY c.source, rc.depth
                        """)
                .param("region", region.value())
                .query((rs, n) -> new SourceCoverage(
                        ReferenceSource.valueOf(rs.getString("source")),
                        rs.getString("region_code"),
                        rs.getObject("last_import_id", UUID.class),
                        rs.getTimestamp("loaded_at").toInstant()))
                .list();
    }

    static ReferenceFact fact(ResultSet rs) throws SQLException {
        java.sql.Date validTo = rs.getDate("valid_to");
        java.sql.Date validUntil = rs.getDate("valid_until");
        String category = rs.getString("category");
        String level = rs.getString("level");
        String status = rs.getString("certificate_status");
        Timestamp loadedAt = rs.getTimestamp("loaded_at");
        return new ReferenceFact(
                rs.getObject("id", UUID.class),
                ReferenceSource.valueOf(rs.getString("source")),
                rs.getString("region_code"),
                rs.getString("kind"),
                rs.getDate("valid_from").toLocalDate(),
                validTo == null ? null : validTo.toLocalDate(),
                rs.getString("township_code"),
                category == null ? null : DisabilityCategory.valueOf(category),
                level == null ? null : DisabilityLevel.valueOf(level),
                (Boolean) rs.getObject("intellectual_or_mental"),
                status == null ? null : CertificateStatus.valueOf(status),
                validUntil == null ? null : validUntil.toLocalDate(),
                (Long) rs.getObject("amount_fen"),
                rs.getString("place_code"),
                rs.getObject("import_id", UUID.class),
                loadedAt.toInstant());
    }
}
