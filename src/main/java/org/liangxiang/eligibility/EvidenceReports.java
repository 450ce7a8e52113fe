package org.liangxiang.eligibility;

import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.audit.AuditTrail;
import org.liangxiang.policy.Policies;
import org.liangxiang.policy.PolicyInForce;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.TimeOrderedIds;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence reports (docs/eligibility.md, "Evidence reports"): the per-person form of every rule for a person, region
 * and date, with the data used and when it was loaded; stored, and audited as a look-up of a person's data. Reports
 * inform reviewers and never decide.
 */
@Service
public class EvidenceReports {

    private final ReferenceData referenceData;
    private final Rules rules;
    private final Policies policies;
    private final ReportWriter writer;
    private final StoredReports stored;
    private final PersonalData personalData;
    private final AuditTrail audit;

    EvidenceReports(
            ReferenceData referenceData,
            Rules rules,
            Policies policies,
            ReportWriter writer,
            StoredReports stored,
            PersonalData personalData,
            AuditTrail audit) {
        this.referenceData = referenceData;
        this.rules = rules;
        this.policies = policies;
        this.writer = writer;
        this.stored = stored;
        this.personalData = personalData;
        this.audit = audit;
    }

    /** A staff check: the report for both subsidies, stored and audited with the staff member as actor. */
    @Transactional
    public List<EvidenceReport> check(
            ResidentId person, CertificateNumber certificate, RegionCode region, LocalDate on, String actorId) {
        List<EvidenceReport> reports = new ArrayList<>();
        Gathered gathered = gather(person, certificate, region, on);
        for (Subsidy subsidy : Subsidy.values()) {
            EvidenceReport report = build(null, gathered, region, on, subsidy);
            stored.insert(report, "STAFF_CHECK", index(person), actorId);
            audit.record(AuditEntry.of("ELIGIBILITY_CHECKED", actorId)
                    .withObject("ELIGIBILITY_REPORT", report.id().toString())
                    .withChange(null, subsidy + " " + report.summary()));
            reports.add(report);
        }
        return reports;
    }

    /** A submitted application whose reports are owed: who, where (home township), when, and the subsidies asked. */
    record Owed(
            UUID applicationId,
            ResidentId person,
            CertificateNumber certificate,
            RegionCode region,
            LocalDate on,
            Set<Subsidy> subsidies) {

        @Override
        public String toString() {
            return "Owed[" + applicationId + "]";
        }
    }

    /**
     * The reports of submitted applications, one per requested subsidy of each (an application's subsidies reported
     * already are skipped: the event may arrive twice), with the facts, the reports made already and the certificate
     * register read once for all, the reports stored by one statement and audited by one. Returns the reports made
     * now.
     */
    @Transactional
    public List<EvidenceReport> onSubmissions(List<Owed> owed) {
        Map<UUID, Set<Subsidy>> made = stored.submissionReportsOf(
                owed.stream().map(Owed::applicationId).toList());
        Map<ResidentId, List<ReferenceFact>> facts =
                referenceData.factsOf(owed.stream().map(Owed::person).distinct().toList());
        Map<ByteBuffer, CertificateNumber> certificates = new HashMap<>();
        owed.stream()
                .filter(o -> o.certificate() != null)
                .forEach(o -> certificates.put(ByteBuffer.wrap(index(o.person())), o.certificate()));
        Set<ByteBuffer> onRegister = stored.certificatesOnRegister(certificates);
        Map<RegionCode, List<SourceCoverage>> coverage = new HashMap<>();
        List<StoredReports.ToStore> reports = new ArrayList<>();
        List<AuditEntry> entries = new ArrayList<>();
        for (Owed o : owed) {
            Set<Subsidy> asked = EnumSet.noneOf(Subsidy.class);
            asked.addAll(o.subsidies());
            asked.removeAll(made.getOrDefault(o.applicationId(), Set.of()));
            if (asked.isEmpty()) {
                continue;
            }
            byte[] index = index(o.person());
            List<SourceCoverage> covered = coverage.computeIfAbsent(o.region(), referenceData::coverage);
            Gathered gathered = new Gathered(
                    new PersonFacts(
                            facts.getOrDefault(o.person(), List.of()),
                            covered.stream().map(SourceCoverage::source).collect(Collectors.toSet())),
                    covered,
                    policies.inForce(o.region(), o.on()),
                    o.certificate() == null ? null : onRegister.contains(ByteBuffer.wrap(index)));
            for (Subsidy subsidy : asked) {
                EvidenceReport report = build(o.applicationId(), gathered, o.region(), o.on(), subsidy);
                reports.add(new StoredReports.ToStore(report, index));
                entries.add(AuditEntry.of("ELIGIBILITY_REPORTED", "system")
                        .withObject("APPLICATION", o.applicationId().toString())
                        .withChange(null, subsidy + " " + report.summary())
                        .withReason("report " + report.id()));
            }
        }
        stored.insertSubmissions(reports);
        if (!entries.isEmpty()) {
            audit.recordAll(entries);
        }
        return reports.stream().map(StoredReports.ToStore::report).toList();
    }

    /** Every report of the application, oldest first. */
    public List<EvidenceReport> forApplication(UUID applicationId) {
        return stored.forApplication(applicationId);
    }

    /** What the reports of one person, region and date share, read once for both subsidies. */
    private record Gathered(
            PersonFacts facts, List<SourceCoverage> coverage, PolicyInForce policy, Boolean certificateKnown) {}

    private Gathered gather(ResidentId person, CertificateNumber certificate, RegionCode region, LocalDate on) {
        return new Gathered(
                referenceData.of(person, region),
                referenceData.coverage(region),
                policies.inForce(region, on),
                certificate == null ? null : stored.certificateOnRegister(index(person), certificate));
    }

    private EvidenceReport build(
            UUID applicationId, Gathered gathered, RegionCode region, LocalDate on, Subsidy subsidy) {
        PersonFacts facts = gathered.facts();
        PolicyInForce policy = gathered.policy();
        List<RuleResult> results = writer.results(rules.check(subsidy, facts, policy, on), facts, gathered.coverage());
        return new EvidenceReport(
                TimeOrderedIds.next(),
                applicationId,
                subsidy,
                region.value(),
                on,
                policy.reference().toString(),
                EvidenceReport.summarise(results),
                gathered.certificateKnown(),
                results,
                java.time.Instant.now());
    }

    private byte[] index(ResidentId person) {
        return personalData.index(PersonalData.RESIDENT_ID, person.value());
    }
}
