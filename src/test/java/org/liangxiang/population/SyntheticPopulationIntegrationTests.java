package org.liangxiang.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.population.SyntheticPerson.AssistanceStatus;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.crypto.PersonalData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Loads small runs into the embedded database and reads them back: the stored people are the generator's people
 * (opened from their sealed values), findable through the blind indexes, and a loaded seed is refused.
 */
@IntegrationTest
class SyntheticPopulationIntegrationTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Autowired
    SyntheticPopulation population;

    @Autowired
    Regions regions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalData personalData;

    @Test
    void townshipsAreHenansCurrentTownshipsWithTheirCountyAndPrefecture() {
        List<Township> townships = Townships.under(regions, Townships.HENAN);
        assertThat(townships).hasSizeGreaterThan(2_400);
        assertThat(townships)
                .allMatch(t ->
                        t.code().startsWith(t.countyCode()) || t.countyCode().startsWith("41"));
        assertThat(townships).contains(new Township("410102001", "410102", "410100"));
        assertThat(townships).contains(new Township("419001001", "419001", "419000"));
        assertThat(townships).allMatch(t -> regions.get(t.code()).parentCode().equals(t.countyCode()));
    }

    @Test
    void storesTheGeneratedPeopleAndTheirRecordsSealed() {
        long seed = 9_001L;
        int count = 2_000;
        PopulationSummary summary = population.generate(seed, count, AS_OF);
        List<SyntheticPerson> expected = generated(seed, count);

        assertThat(summary.people()).isEqualTo(count).isEqualTo(rows("population_person", seed));
        assertThat(summary.certificates())
                .isEqualTo(
                        expected.stream().filter(p -> p.certificate() != null).count())
                .isEqualTo(rows("population_certificate", seed));
        assertThat(summary.assistanceStatuses())
                .isEqualTo(expected.stream().mapToInt(p -> p.statuses().size()).sum())
                .isEqualTo(rows("population_assistance_status", seed));
        assertThat(summary.bankAccounts()).isEqualTo(rows("population_bank_account", seed));
        assertThat(summary.households())
                .isEqualTo(expected.stream()
                        .map(SyntheticPerson::householdId)
                        .distinct()
                        .count());
        assertThat(population.find(seed))
                .get()
                .extracting(PopulationSummary::people)
                .isEqualTo(count);

        Map<UUID, SyntheticPerson> byId = expected.stream().collect(Collectors.toMap(SyntheticPerson::id, p -> p));
        assertPeopleMatch(seed, byId);
        assertCertificatesMatch(seed, byId);
        assertStatusesAndAccountsMatch(seed, byId);
        assertSpreads(seed);
    }

    @Test
    void blindIndexesFindAPersonByResidentIdCertificateNumberPhoneAndName() {
        long seed = 9_002L;
        population.generate(seed, 300, AS_OF);
        SyntheticPerson holder = generated(seed, 300).stream()
                .filter(p -> p.certificate() != null && p.phone() != null)
                .findFirst()
                .orElseThrow();
        String id = holder.id().toString();
        assertThat(personIdBy(
                        "resident_id_index",
                        PersonalData.RESIDENT_ID,
                        holder.residentId().value(),
                        seed))
                .containsExactly(id);
        assertThat(personIdBy("phone_index", PersonalData.PHONE, holder.phone(), seed))
                .containsExactly(id);
        assertThat(personIdBy("full_name_index", PersonalData.NAME, holder.fullName(), seed))
                .contains(id);
        assertThat(jdbc.sql("SELECT person_id::text FROM population_certificate"
                                + " WHERE certificate_number_index = ? AND seed = ?")
                        .params(
                                personalData.index(
                                        PersonalData.CERTIFICATE_NUMBER,
                                        holder.certificate().number().value()),
                                seed)
                        .query(String.class)
                        .list())
                .containsExactly(id);
    }

    @Test
    void aLoadedSeedIsRefusedAndReloadsTheSamePeopleAfterRemoval() {
        long seed = 9_003L;
        population.generate(seed, 200, AS_OF);
        List<String> ids = storedIds(seed);
        byte[] sealedBefore = sealedResidentIdOfFirst(seed);

        assertThatThrownBy(() -> population.generate(seed, 500, AS_OF))
                .isInstanceOf(PopulationAlreadyLoadedException.class)
                .hasMessageContaining(String.valueOf(seed));
        assertThat(rows("population_person", seed)).isEqualTo(200);

        assertThat(population.remove(seed)).isTrue();
        assertThat(rows("population_person", seed)).isZero();
        assertThat(population.find(seed)).isEmpty();
        population.generate(seed, 200, AS_OF);
        assertThat(storedIds(seed)).isEqualTo(ids);
        assertThat(sealedResidentIdOfFirst(seed)).as("fresh nonces").isNotEqualTo(sealedBefore);
    }

    @Test
    void refusesCountsOutOfRangeAndFutureDates() {
        assertThatThrownBy(() -> population.generate(9_004L, 0, AS_OF)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> population.generate(9_004L, SyntheticPopulation.MAX_PEOPLE + 1, AS_OF))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> population.generate(9_004L, 10, LocalDate.now().plusDays(2)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(population.find(9_004L)).isEmpty();
    }

    @Test
    void theDemoProfileLoadedItsPopulationAtFirstStart() {
        assertThat(population.find(SyntheticPopulation.DEMO_SEED)).get().satisfies(run -> {
            assertThat(run.people()).isEqualTo(2_000);
            assertThat(run.certificates()).isPositive();
        });
    }

    private void assertPeopleMatch(long seed, Map<UUID, SyntheticPerson> byId) {
        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM population_person WHERE seed = ? ORDER BY ordinal")
                .param(seed)
                .query()
                .listOfRows();
        assertThat(rows).hasSize(byId.size());
        for (Map<String, Object> row : rows) {
            UUID id = (UUID) row.get("id");
            SyntheticPerson p = byId.get(id);
            String residentId = open(row, "population_person", "resident_id", id);
            assertThat(ResidentId.of(residentId)).isEqualTo(p.residentId());
            assertThat(open(row, "population_person", "full_name", id)).isEqualTo(p.fullName());
            assertThat(open(row, "population_person", "phone", id)).isEqualTo(p.phone());
            assertThat(row.get("ordinal")).isEqualTo(p.ordinal());
            assertThat(row.get("household_id")).isEqualTo(p.householdId());
            assertThat(row.get("household_relation")).isEqualTo(p.relation().name());
            assertThat(row.get("township_code")).isEqualTo(p.township().code());
            assertThat(row.get("county_code")).isEqualTo(p.township().countyCode());
            assertThat(((java.sql.Date) row.get("birth_date")).toLocalDate()).isEqualTo(p.birthDate());
            assertThat(row.get("sex")).isEqualTo(p.sex().name());
            assertThat(row.get("has_demo_account")).isEqualTo(p.hasDemoAccount());
            assertThat((byte[]) row.get("resident_id_index"))
                    .isEqualTo(personalData.index(PersonalData.RESIDENT_ID, residentId));
            assertThat(regions.find(p.township().code())).isPresent();
        }
    }

    /** Wide bounds for 2,000 people; PopulationDistributionTests checks the spreads closely on 100,000. */
    private void assertSpreads(long seed) {
        List<Map<String, Object>> people = jdbc.sql(
                        "SELECT id, county_code, resident_id_sealed FROM population_person WHERE seed = ?")
                .param(seed)
                .query()
                .listOfRows();
        long foreign = people.stream()
                .filter(row -> !open(row, "population_person", "resident_id", (UUID) row.get("id"))
                        .startsWith((String) row.get("county_code")))
                .count();
        assertThat((double) foreign / people.size())
                .as("ids with another region code")
                .isBetween(0.03, 0.07);
        Map<String, Object> spread =
                jdbc.sql("""
                        SELECT avg((category = 'PHYSICAL')::int) AS physical,
                               avg((level IN ('LEVEL_1', 'LEVEL_2'))::int) AS severe,
                               count(*)::float / ? AS holders
                        FROM population_certificate WHERE seed = ?""").params(people.size(), seed).query().singleRow();
        assertThat(((Number) spread.get("physical")).doubleValue()).isBetween(0.33, 0.57);
        assertThat(((Number) spread.get("severe")).doubleValue()).isBetween(0.28, 0.52);
        assertThat(((Number) spread.get("holders")).doubleValue()).isBetween(0.06, 0.11);
    }

    private void assertCertificatesMatch(long seed, Map<UUID, SyntheticPerson> byId) {
        List<Map<String, Object>> rows = jdbc.sql("SELECT * FROM population_certificate WHERE seed = ?")
                .param(seed)
                .query()
                .listOfRows();
        for (Map<String, Object> row : rows) {
            UUID id = (UUID) row.get("person_id");
            SyntheticPerson p = byId.get(id);
            CertificateNumber number =
                    CertificateNumber.of(open(row, "population_certificate", "certificate_number", id), p.residentId());
            assertThat(number).isEqualTo(p.certificate().number());
            assertThat(row.get("category")).isEqualTo(number.category().name());
            assertThat(row.get("level")).isEqualTo(number.level().name());
            assertThat(((Number) row.get("reissue")).intValue()).isEqualTo(number.reissue());
            assertThat(((java.sql.Date) row.get("issued_on")).toLocalDate())
                    .isEqualTo(p.certificate().issuedOn());
            assertThat(((java.sql.Date) row.get("expires_on")).toLocalDate())
                    .isEqualTo(p.certificate().expiresOn());
        }
    }

    private void assertStatusesAndAccountsMatch(long seed, Map<UUID, SyntheticPerson> byId) {
        List<Map<String, Object>> statuses = jdbc.sql("SELECT * FROM population_assistance_status WHERE seed = ?")
                .param(seed)
                .query()
                .listOfRows();
        for (Map<String, Object> row : statuses) {
            SyntheticPerson p = byId.get((UUID) row.get("person_id"));
            java.sql.Date to = (java.sql.Date) row.get("valid_to");
            assertThat(p.statuses())
                    .contains(new AssistanceStatus(
                            AssistanceKind.valueOf((String) row.get("kind")),
                            ((java.sql.Date) row.get("valid_from")).toLocalDate(),
                            to == null ? null : to.toLocalDate()));
            assertThat(row.get("household_id")).isEqualTo(p.householdId());
        }
        List<Map<String, Object>> accounts = jdbc.sql("SELECT * FROM population_bank_account WHERE seed = ?")
                .param(seed)
                .query()
                .listOfRows();
        assertThat(accounts).isNotEmpty();
        for (Map<String, Object> row : accounts) {
            UUID id = (UUID) row.get("person_id");
            String number = open(row, "population_bank_account", "account_number", id);
            assertThat(BankCards.luhnValid(number)).isTrue();
            assertThat(new SyntheticPerson.BankAccount((String) row.get("bank_name"), number))
                    .isEqualTo(byId.get(id).bankAccount());
        }
    }

    private String open(Map<String, Object> row, String table, String column, UUID id) {
        return personalData.open((byte[]) row.get(column + "_sealed"), table, column, id);
    }

    private List<SyntheticPerson> generated(long seed, int count) {
        List<SyntheticPerson> people = new ArrayList<>();
        new PopulationGenerator(seed, count, AS_OF, Townships.under(regions, Townships.HENAN))
                .forEachRemaining(people::add);
        return people;
    }

    private List<String> personIdBy(String column, String purpose, String value, long seed) {
        return jdbc.sql("SELECT id::text FROM population_person WHERE " + column + " = ? AND seed = ?")
                .params(personalData.index(purpose, value), seed)
                .query(String.class)
                .list();
    }

    private int rows(String table, long seed) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE seed = ?")
                .param(seed)
                .query(Integer.class)
                .single();
    }

    private List<String> storedIds(long seed) {
        return jdbc.sql("SELECT id::text FROM population_person WHERE seed = ? ORDER BY ordinal")
                .param(seed)
                .query(String.class)
                .list();
    }

    private byte[] sealedResidentIdOfFirst(long seed) {
        return jdbc.sql("SELECT resident_id_sealed FROM population_person WHERE seed = ? AND ordinal = 0")
                .param(seed)
                .query(byte[].class)
                .single();
    }
}
