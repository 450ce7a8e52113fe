package org.liangxiang.eligibility;

import java.nio.ByteBuffer;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.jdbc.core.RowCallbackHandler;
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
                            :known, CAST(:findings AS json), :actor, :createdAt)
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

    /** A report to store and whose blind index of the resident id it is. */
    record ToStore(EvidenceReport report, byte[] residentIndex) {}

    /**
     * The submissions' reports by one statement whose text never changes: each column's values bound as one array and
     * the rows made by {@code unnest}, so the statement is planned once. (A JDBC batch of the single-row insert was
     * rewritten by the driver into multi-row inserts of varying size, {@code reWriteBatchedInserts}, each planned
     * afresh: about 20 ms for 128 reports.) The findings are stored as {@code json}, only checked on the way in. A
     * report already there for its application and subsidy is kept.
     */
    void insertSubmissions(List<ToStore> reports) {
        if (reports.isEmpty()) {
            return;
        }
        int n = reports.size();
        String[] ids = new String[n];
        String[] applications = new String[n];
        String[] subsidies = new String[n];
        byte[][] indexes = new byte[n][];
        String[] regions = new String[n];
        String[] checkedOn = new String[n];
        String[] policies = new String[n];
        String[] summaries = new String[n];
        String[] known = new String[n];
        String[] findings = new String[n];
        String[] createdAt = new String[n];
        for (int i = 0; i < n; i++) {
            EvidenceReport r = reports.get(i).report();
            ids[i] = r.id().toString();
            applications[i] = r.applicationId().toString();
            subsidies[i] = r.subsidy().name();
            indexes[i] = reports.get(i).residentIndex();
            regions[i] = r.region();
            checkedOn[i] = r.checkedOn().toString();
            policies[i] = r.policyReference();
            summaries[i] = r.summary().name();
            known[i] = r.certificateNumberKnown() == null
                    ? null
                    : r.certificateNumberKnown().toString();
            findings[i] = json.writeValueAsString(r.rules());
            createdAt[i] = r.createdAt().toString();
        }
        jdbc.sql("""
                        INSERT INTO elig_report (id, application_id, trigger, subsidy, resident_index, region_code,
                            checked_on, policy_reference, summary, certificate_number_known, findings, created_by,
                            created_at)
                        SELECT r.id, r.application_id, 'SUBMISSION', r.subsidy, r.resident_index, r.region_code,
                               r.checked_on, r.policy_reference, r.summary, r.known, CAST(r.findings AS json),
                               'system', r.created_at
                          FROM unnest(CAST(:ids AS uuid[]), CAST(:applications AS uuid[]), CAST(:subsidies AS text[]),
                                      CAST(:indexes AS bytea[]), CAST(:regions AS text[]), CAST(:checkedOn AS date[]),
                                      CAST(:policies AS text[]), CAST(:summaries AS text[]),
                                      CAST(:known AS boolean[]), CAST(:findings AS text[]),
                                      CAST(:createdAt AS timestamptz[]))
                            AS r(id, application_id, subsidy, resident_index, region_code, checked_on,
                                 policy_reference, summary, known, findings, created_at)
                        ON CONFLICT (application_id, subsidy) WHERE trigger = 'SUBMISSION' DO NOTHING""")
                .param("ids", ids)
                .param("applications", applications)
                .param("subsidies", subsidies)
                .param("indexes", indexes)
                .param("regions", regions)
                .param("checkedOn", checkedOn)
                .param("policies", policies)
                .param("summaries", summaries)
                .param("known", known)
                .param("findings", findings)
                .param("createdAt", createdAt)
                .update();
    }

    /** The subsidies of the applications that have their submission report already. */
    Map<UUID, Set<Subsidy>> submissionReportsOf(Collection<UUID> applicationIds) {
        Map<UUID, Set<Subsidy>> made = new HashMap<>();
        if (applicationIds.isEmpty()) {
            return made;
        }
        jdbc.sql("""
                        SELECT application_id, subsidy FROM elig_report
                         WHERE application_id IN (:applications) AND trigger = 'SUBMISSION'""").param("applications", List.copyOf(applicationIds)).query((RowCallbackHandler)
                rs -> made.computeIfAbsent(rs.getObject(1, UUID.class), k -> EnumSet.noneOf(Subsidy.class))
                        .add(Subsidy.valueOf(rs.getString(2))));
        return made;
    }

    /**
     * Of the people (blind index of the resident id) with a certificate number, those whose number is on the
     * certificate register (as {@link #certificateOnRegister} for each, in one read).
     */
    Set<ByteBuffer> certificatesOnRegister(Map<ByteBuffer, CertificateNumber> certificates) {
        Set<ByteBuffer> known = new HashSet<>();
        if (certificates.isEmpty()) {
            return known;
        }
        Map<ByteBuffer, ByteBuffer> wanted = new HashMap<>();
        certificates.forEach((person, number) -> wanted.put(
                person, ByteBuffer.wrap(personalData.index(PersonalData.CERTIFICATE_NUMBER, number.value()))));
        jdbc.sql("""
                        SELECT resident_index, certificate_index FROM elig_fact
                         WHERE resident_index IN (:indexes) AND source = 'CERTIFICATE'""")
                .param(
                        "indexes",
                        wanted.keySet().stream().map(ByteBuffer::array).toList())
                .query((RowCallbackHandler) rs -> {
                    ByteBuffer person = ByteBuffer.wrap(rs.getBytes(1));
                    byte[] certificate = rs.getBytes(2);
                    if (certificate != null && ByteBuffer.wrap(certificate).equals(wanted.get(person))) {
                        known.add(person);
                    }
                });
        return known;
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
