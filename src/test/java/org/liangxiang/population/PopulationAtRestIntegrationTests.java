package org.liangxiang.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liangxiang.AsOwner;
import org.liangxiang.IntegrationTest;
import org.liangxiang.region.Regions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * Loads a run and then searches every table of the database, as the owner, for its people's resident ids, certificate
 * numbers, phone numbers, names and bank account numbers in plaintext: as text, or as the hex of their UTF-8 bytes
 * inside a binary column. A value the run does store in plaintext (the township code) is found, so the scan works.
 */
@IntegrationTest
class PopulationAtRestIntegrationTests {

    static final long SEED = 9_101L;
    static final int COUNT = 400;
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Autowired
    SyntheticPopulation population;

    @Autowired
    Regions regions;

    @Autowired
    Environment env;

    @Test
    void noTableHoldsAnyGeneratedPersonalDataInPlaintext() throws Exception {
        List<String> numbers = new ArrayList<>();
        List<String> names = new ArrayList<>();
        new PopulationGenerator(SEED, COUNT, AS_OF, Townships.under(regions, Townships.HENAN)).forEachRemaining(p -> {
            String id = p.residentId().value();
            numbers.add(id);
            numbers.add(id.substring(6)); // birth date, sequence and check character without the region code
            names.add(p.fullName());
            if (p.phone() != null) {
                numbers.add(p.phone());
            }
            if (p.certificate() != null) {
                numbers.add(p.certificate().number().value());
            }
            if (p.bankAccount() != null) {
                numbers.add(p.bankAccount().accountNumber());
            }
        });
        // two- and three-character names also occur in place names (李庄, 王林镇): only new occurrences count
        List<String> tablesWithTheNamesBefore = tablesContaining(names);

        population.generate(SEED, COUNT, AS_OF);

        assertThat(numbers).hasSizeGreaterThan(COUNT * 3);
        assertThat(tablesContaining(numbers)).isEmpty();
        assertThat(tablesContaining(names)).isEqualTo(tablesWithTheNamesBefore);
        assertThat(tablesWithTheNamesBefore).doesNotContain(PopulationTables.PERSON);
    }

    @Test
    void theScanFindsWhatIsStoredInPlaintext() throws Exception {
        population.generate(SEED + 1, 50, AS_OF);
        String township = new PopulationGenerator(SEED + 1, 50, AS_OF, Townships.under(regions, Townships.HENAN))
                .next()
                .township()
                .code();
        assertThat(tablesContaining(List.of(township))).contains("population_person");
    }

    private List<String> tablesContaining(List<String> values) throws Exception {
        return AsOwner.tablesContaining(env, values);
    }
}
