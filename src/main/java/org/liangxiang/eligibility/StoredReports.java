package org.liangxiang.eligibility;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The reports table: findings kept as JSON (ids, codes, dates and texts; no personal identifiers). */
@Component
class StoredReports {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final PersonalData personalData;

    StoredReports(JdbcClient jdbc, JsonMapper json, PersonalData personalData) {
        this.jdbc = jdbc;
        this.json = json;
        this.personalData = personalData;
    }

    void insert(EvidenceReport report, String trigger, byte[] residentIndex, String actor) {
        jdbc.sql("""
                        INSERT INTO elig_report (id, application_id, trigger, subsidy, resident_index, region_code,
                            checked_on, policy_reference, summary, certificate_number_known, findings, created_by,
                            created_at)
                        VALUES (:id, :application, :trigger, :subsidy, :index, :region, :on, :policy, :summary,
                            :known, CAST(:findings AS jsonb), :actor, :createdAt)
                        """)
                .param("id", report.id())
                .param("application", report.applicationId())
                .param("trigger", trigger)
                .param("subsidy", report.subsidy().name())
                .param("index", residentIndex)
                .param("region", report.region())
                .param("on", report.checkedOn())
                .param("policy", report.policyReference())
                .param("summary", report.summary().name())
                .param("known", report.certificateNumberKnown())
                .param("findings", json.writeValueAsString(report.rules()))
                .param("actor", actor)
                .param("createdAt", java.sql.Timestamp.from(report.createdAt()))
                .update();
    }

    boolean hasSubmissionReport(UUID applicationId, Subsidy subsidy) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM elig_report WHERE application_id = :application
                                          AND subsidy = :subsidy AND trigger = 'SUBMISSION')
                        """)
                .param("application", applicationId)
                .param("subsidy", subsidy.name())
                .query(Boolean.class)
                .single();
    }

    List<EvidenceReport> forApplication(UUID applicationId) {
        return jdbc.sql("SELECT * FROM elig_report WHERE application_id = :application ORDER BY created_at, subsidy")
                .param("application", applicationId)
                .query((rs, n) -> report(rs))
                .list();
    }

    boolean certificateOnRegister(byte[] residentIndex, CertificateNumber certificate) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM elig_fact WHERE resident_index = :index
                                          AND source = 'CERTIFICATE' AND certificate_index = :certificate)
                        """)
                .param("index", residentIndex)
                .param("certificate", personalData.index(PersonalData.CERTIFICATE_NUMBER, certificate.value()))
                .query(Boolean.class)
                .single();
    }

    private EvidenceReport report(ResultSet rs) throws SQLException {
        return new EvidenceReport(
                rs.getObject("id", UUID.class),
                rs.getObject("application_id", UUID.class),
                Subsidy.valueOf(rs.getString("subsidy")),
                rs.getString("region_code"),
                rs.getDate("checked_on").toLocalDate(),
                rs.getString("policy_reference"),
                Outcome.valueOf(rs.getString("summary")),
                (Boolean) rs.getObject("certificate_number_known"),
                json.readValue(rs.getString("findings"), new TypeReference<List<RuleResult>>() {}),
                rs.getTimestamp("created_at").toInstant());
    }
}
