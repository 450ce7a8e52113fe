package org.liangxiang.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.StaffAccounts;
import org.liangxiang.account.StaffRole;
import org.liangxiang.policy.Policies;
import org.liangxiang.shared.RegionCode;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import engine on real files. Regions owned by this test: 扶沟县 411621 (its townships) and 西华县 411622 (the
 * large file), 商水县 411623 (the API).
 */
@IntegrationTest
class ReferenceImportsIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    ReferenceImports imports;

    @Autowired
    ReferenceData referenceData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalData personalData;

    @Autowired
    StaffAccounts staff;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    Rules rules;

    @Autowired
    Policies policies;

    static ImportRequest delta(ReferenceSource source, String region) {
        return new ImportRequest(source, RegionCode.of(region), ImportMode.DELTA, null, FileFormat.CSV);
    }

    static ImportRequest snapshot(ReferenceSource source, String region, LocalDate asOf) {
        return new ImportRequest(source, RegionCode.of(region), ImportMode.SNAPSHOT, asOf, FileFormat.CSV);
    }

    ImportJob run(ImportRequest request, String csv) throws Exception {
        return imports.runNow(request, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "test");
    }

    List<ReferenceFact> facts(ResidentId person, ReferenceSource source) {
        return referenceData.of(person, RegionCode.of("411621")).facts().stream()
                .filter(f -> f.source() == source)
                .toList();
    }

    @Test
    void badRowsRejectTheWholeFileNamingEachLineAndReason() throws Exception {
        ResidentId good = People.newResidentId();
        ResidentId other = People.newResidentId();
        String csv = "resident_id,kind,valid_from,valid_to\n"
                + good.value() + ",低保,2024-01-01,\n"
                + "110105194912310021,MINIMUM_LIVING_GUARANTEE,2024-01-01,\n"
                + other.value() + ",,2024-01-01,\n"
                + other.value() + ",LOW_INCOME,2024-13-01,\n"
                + other.value() + ",NEAR_POVERTY,2024-05-01,2024-04-01\n";

        ImportJob job = run(delta(ReferenceSource.ASSISTANCE_STATUS, "411621"), csv);

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(job.rowsRead()).isEqualTo(5);
        assertThat(job.rowsRejected()).isEqualTo(4);
        assertThat(job.errors())
                .extracting(RowError::line, RowError::field, RowError::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "resident_id", "RESIDENT_ID_CHECK_CHARACTER"),
                        org.assertj.core.groups.Tuple.tuple(4L, "kind", "IMPORT_REQUIRED"),
                        org.assertj.core.groups.Tuple.tuple(5L, "valid_from", "IMPORT_DATE"),
                        org.assertj.core.groups.Tuple.tuple(6L, "valid_to", "IMPORT_PERIOD_ORDER"));
        assertThat(facts(good, ReferenceSource.ASSISTANCE_STATUS)).isEmpty();
        assertThat(stagedRows(job.id())).isZero();
        assertThat(auditCount("REFERENCE_IMPORT_REJECTED", job.id())).isEqualTo(1);
    }

    @Test
    void aRowRepeatingAnotherIsRefusedWithTheFirstLine() throws Exception {
        ResidentId person = People.newResidentId();
        String csv = "resident_id,valid_from\n" + person.value() + ",2024-01-01\n" + person.value() + ",2024-01-01\n";

        ImportJob job = run(delta(ReferenceSource.WORK_INJURY_CARE, "411621"), csv);

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(job.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.rule()).isEqualTo("IMPORT_DUPLICATE_ROW");
            assertThat(e.messageEn()).contains("line 2");
        });
        assertThat(facts(person, ReferenceSource.WORK_INJURY_CARE)).isEmpty();
    }

    @Test
    void theSameFileAgainChangesNothing() throws Exception {
        ResidentId person = People.newResidentId();
        String csv = "resident_id,died_on\n" + person.value() + ",2025-02-03\n";

        ImportJob first = run(delta(ReferenceSource.DEATH, "411621"), csv);
        ImportJob again = run(delta(ReferenceSource.DEATH, "411621"), csv);

        assertThat(first.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(first.added()).isEqualTo(1);
        assertThat(again.status()).isEqualTo(ImportStatus.UNCHANGED);
        assertThat(again.sameAs()).isEqualTo(first.id());
        assertThat(again.digest()).isEqualTo(first.digest());
        assertThat(facts(person, ReferenceSource.DEATH))
                .singleElement()
                .satisfies(f -> assertThat(f.importId()).isEqualTo(first.id()));
        assertThat(auditCount("REFERENCE_DATA_IMPORTED", first.id())).isEqualTo(1);
        assertThat(auditCount("REFERENCE_IMPORT_UNCHANGED", again.id())).isEqualTo(1);
    }

    @Test
    void aSnapshotEndsTheDibaoOfWhoeverItLeavesOut() throws Exception {
        ResidentId stays = People.newResidentId();
        ResidentId leaves = People.newResidentId();
        String region = "411621101";
        LocalDate first = LocalDate.of(2025, 6, 30);
        LocalDate second = LocalDate.of(2025, 9, 30);

        ImportJob june = run(
                snapshot(ReferenceSource.ASSISTANCE_STATUS, region, first),
                "resident_id,kind,valid_from\n" + stays.value() + ",低保,2023-01-01\n" + leaves.value()
                        + ",MINIMUM_LIVING_GUARANTEE,2024-02-01\n");
        ImportJob september = run(
                snapshot(ReferenceSource.ASSISTANCE_STATUS, region, second),
                "resident_id,kind\n" + stays.value() + ",低保\n");

        assertThat(june.added()).isEqualTo(2);
        assertThat(september.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(september.ended()).isEqualTo(1);
        assertThat(september.added()).isZero();
        assertThat(september.updated()).isZero();
        assertThat(facts(leaves, ReferenceSource.ASSISTANCE_STATUS))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.validFrom()).isEqualTo(LocalDate.of(2024, 2, 1));
                    assertThat(f.validTo()).isEqualTo(second);
                });
        assertThat(facts(stays, ReferenceSource.ASSISTANCE_STATUS))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.validFrom()).isEqualTo(LocalDate.of(2023, 1, 1));
                    assertThat(f.validTo()).isNull();
                });
    }

    @Test
    void anOpenApplicationElsewhereNeedsItsSubsidyAndAValidHandlingRegion() throws Exception {
        ResidentId good = People.newResidentId();
        ResidentId bad = People.newResidentId();
        String csv = "resident_id,subsidy,handling_region,valid_from,valid_to\n"
                + good.value() + ",CARE,419001,2025-03-01,2025-06-30\n"
                + bad.value() + ",CARE,4190,2025-03-01,\n"
                + bad.value() + ",LIVING,,2025-03-01,\n"
                + bad.value() + ",BOTH,410102,2025-03-01,\n";

        ImportJob job = run(delta(ReferenceSource.OPEN_APPLICATION_ELSEWHERE, "411621"), csv);

        assertThat(job.status()).isEqualTo(ImportStatus.REJECTED);
        assertThat(job.rowsRejected()).isEqualTo(3);
        assertThat(job.errors())
                .extracting(RowError::line, RowError::field, RowError::rule)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(3L, "handling_region", "REGION_CODE_LENGTH"),
                        org.assertj.core.groups.Tuple.tuple(4L, "handling_region", "IMPORT_REQUIRED"),
                        org.assertj.core.groups.Tuple.tuple(5L, "subsidy", "IMPORT_VALUE"));
        assertThat(facts(good, ReferenceSource.OPEN_APPLICATION_ELSEWHERE)).isEmpty();

        ImportJob fixed = run(
                delta(ReferenceSource.OPEN_APPLICATION_ELSEWHERE, "411621"),
                "resident_id,subsidy,handling_region,valid_from,valid_to\n" + good.value()
                        + ",CARE,419001,2025-03-01,2025-06-30\n");

        assertThat(fixed.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(facts(good, ReferenceSource.OPEN_APPLICATION_ELSEWHERE))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.kind()).isEqualTo("CARE");
                    assertThat(f.placeCode()).isEqualTo("419001");
                    assertThat(f.validFrom()).isEqualTo(LocalDate.of(2025, 3, 1));
                    assertThat(f.validTo())
                            .as("the day after the last day open")
                            .isEqualTo(LocalDate.of(2025, 7, 1));
                });
    }

    @Test
    void aSnapshotEndsTheOpenApplicationElsewhereItLeavesOut() throws Exception {
        ResidentId stays = People.newResidentId();
        ResidentId leaves = People.newResidentId();
        String region = "411621103";
        LocalDate first = LocalDate.of(2025, 6, 30);
        LocalDate second = LocalDate.of(2025, 9, 30);

        ImportJob june = run(
                snapshot(ReferenceSource.OPEN_APPLICATION_ELSEWHERE, region, first),
                "resident_id,subsidy,handling_region,valid_from\n" + stays.value() + ",CARE,419001,2025-03-01\n"
                        + leaves.value() + ",LIVING,410102,2025-05-10\n");
        ImportJob september = run(
                snapshot(ReferenceSource.OPEN_APPLICATION_ELSEWHERE, region, second),
                "resident_id,subsidy,handling_region\n" + stays.value() + ",CARE,419001\n");

        assertThat(june.added()).isEqualTo(2);
        assertThat(september.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(september.ended()).isEqualTo(1);
        assertThat(september.added()).isZero();
        assertThat(facts(leaves, ReferenceSource.OPEN_APPLICATION_ELSEWHERE))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.placeCode()).isEqualTo("410102");
                    assertThat(f.validFrom()).isEqualTo(LocalDate.of(2025, 5, 10));
                    assertThat(f.validTo()).isEqualTo(second);
                });
        assertThat(facts(stays, ReferenceSource.OPEN_APPLICATION_ELSEWHERE))
                .singleElement()
                .satisfies(f -> assertThat(f.validTo()).isNull());
        assertThat(openElsewhere(leaves, region, Subsidy.LIVING, second.minusDays(1)))
                .isEqualTo("FAIL:OPEN_APPLICATION_ELSEWHERE");
        assertThat(openElsewhere(leaves, region, Subsidy.LIVING, second)).isEqualTo("PASS");
        assertThat(openElsewhere(stays, region, Subsidy.CARE, second)).isEqualTo("FAIL:OPEN_APPLICATION_ELSEWHERE");
    }

    /** The open-application-elsewhere rule's finding for the person on the date, per person. */
    String openElsewhere(ResidentId person, String region, Subsidy subsidy, LocalDate on) {
        return rules
                .check(
                        subsidy,
                        referenceData.of(person, RegionCode.of(region)),
                        policies.inForce(RegionCode.of(region), on),
                        on)
                .stream()
                .filter(f -> f.rule() == RuleId.NO_OPEN_APPLICATION_ELSEWHERE)
                .map(Finding::code)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anExcelFileIsReadWithItsDates() throws Exception {
        ResidentId person = People.newResidentId();
        byte[] xlsx = workbook(person);

        ImportJob job = imports.runNow(
                new ImportRequest(
                        ReferenceSource.CERTIFICATE, RegionCode.of("411621"), ImportMode.DELTA, null, FileFormat.XLSX),
                new ByteArrayInputStream(xlsx),
                "test");

        assertThat(job.errors()).isEmpty();
        assertThat(job.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(facts(person, ReferenceSource.CERTIFICATE)).singleElement().satisfies(f -> {
            assertThat(f.validFrom()).isEqualTo(LocalDate.of(2022, 4, 15));
            assertThat(f.validUntil()).isEqualTo(LocalDate.of(2032, 4, 14));
            assertThat(f.level().digit()).isEqualTo(3);
            assertThat(f.intellectualOrMental()).isTrue();
            assertThat(f.townshipCode()).isEqualTo("411621102");
        });
    }

    private static byte[] workbook(ResidentId person) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("证");
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
            Row header = sheet.createRow(0);
            String[] names = {"resident_id", "certificate_number", "issued_on", "valid_until", "township"};
            for (int i = 0; i < names.length; i++) {
                header.createCell(i).setCellValue(names[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(person.value());
            row.createCell(1).setCellValue(person.value() + "63");
            row.createCell(2).setCellValue(LocalDate.of(2022, 4, 15));
            row.getCell(2).setCellStyle(date);
            row.createCell(3).setCellValue(LocalDate.of(2032, 4, 14));
            row.getCell(3).setCellStyle(date);
            row.createCell(4).setCellValue("411621102");
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aLargeFileRunsInTheBackgroundWithProgress() throws Exception {
        int rows = 20_000;
        StringBuilder csv = new StringBuilder("resident_id,subsidy,township,valid_from\n");
        for (int i = 0; i < rows; i++) {
            csv.append(People.newResidentId().value()).append(",CARE,411622101,2025-01-01\n");
        }
        ImportJob queued = imports.submit(
                delta(ReferenceSource.BENEFICIARY, "411622"),
                new ByteArrayInputStream(csv.toString().getBytes(StandardCharsets.UTF_8)),
                "test");
        assertThat(queued.status()).isIn(ImportStatus.QUEUED, ImportStatus.READING, ImportStatus.APPLYING);

        ImportJob done = waitFor(queued.id());

        assertThat(done.errors()).isEmpty();
        assertThat(done.status()).isEqualTo(ImportStatus.APPLIED);
        assertThat(done.rowsRead()).isEqualTo(rows);
        assertThat(done.added()).isEqualTo(rows);
        assertThat(jdbc.sql("SELECT count(*) FROM elig_fact WHERE import_id = :id")
                        .param("id", done.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(rows);
    }

    @Test
    void staffImportThroughTheApiWithinTheirJurisdictionOnly() throws Exception {
        StaffSession county = StaffSession.signIn(port, staff, tx, StaffRole.CIVIL_AFFAIRS_APPROVER, "411623");
        ResidentId person = People.newResidentId();
        byte[] csv = ("resident_id,valid_from\n" + person.value() + ",2025-03-01\n").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> accepted = county.post(
                "/api/eligibility/imports?source=ORPHAN_GUARANTEE&region=411623&mode=DELTA", "text/csv", csv);
        HttpResponse<String> outside = county.post(
                "/api/eligibility/imports?source=ORPHAN_GUARANTEE&region=411621&mode=DELTA", "text/csv", csv);
        HttpResponse<String> noAsOf = county.post(
                "/api/eligibility/imports?source=ORPHAN_GUARANTEE&region=411623&mode=SNAPSHOT", "text/csv", csv);

        assertThat(accepted.statusCode()).isEqualTo(202);
        UUID id = UUID.fromString(JSON.readTree(accepted.body()).get("id").asString());
        assertThat(waitFor(id).status()).isEqualTo(ImportStatus.APPLIED);
        JsonNode read =
                JSON.readTree(county.get("/api/eligibility/imports/" + id).body());
        assertThat(read.get("status").asString()).isEqualTo("APPLIED");
        assertThat(read.get("added").asLong()).isEqualTo(1);
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(outside.body()).get("rule").asString()).isEqualTo("OUTSIDE_JURISDICTION");
        assertThat(noAsOf.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noAsOf.body()).get("rule").asString()).isEqualTo("IMPORT_AS_OF_REQUIRED");
    }

    ImportJob waitFor(UUID id) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            ImportJob job = imports.find(id).orElseThrow();
            if (job.status().finished()) {
                return job;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("import " + id + " did not finish");
    }

    long stagedRows(UUID importId) {
        return jdbc.sql("SELECT count(*) FROM elig_import_row WHERE import_id = :id")
                .param("id", importId)
                .query(Long.class)
                .single();
    }

    long auditCount(String type, UUID importId) {
        return jdbc.sql(
                        "SELECT count(*) FROM audit_record WHERE type = :type AND object_id = :id AND bulk_digest IS NOT NULL")
                .param("type", type)
                .param("id", importId.toString())
                .query(Long.class)
                .single();
    }
}
