package org.liangxiang.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.liangxiang.IntegrationTest;
import org.liangxiang.account.ApplicantAccounts;
import org.liangxiang.region.Regions;
import org.liangxiang.shared.ResidentId;
import org.springframework.beans.factory.annotation.Autowired;

/** The people of a run marked for a demo account get a real-name-bound applicant account, once. */
@IntegrationTest
class DemoPopulationAccountsIntegrationTests {

    @Autowired
    SyntheticPopulation population;

    @Autowired
    DemoPopulationAccounts accounts;

    @Autowired
    ApplicantAccounts applicants;

    @Autowired
    Regions regions;

    @Test
    void flaggedPeopleGetABoundAccountAndARerunCreatesNone() {
        long seed = 9_117L;
        int count = 1_500;
        population.generate(seed, count, LocalDate.of(2026, 6, 30));
        List<SyntheticPerson> flagged = new ArrayList<>();
        new PopulationGenerator(seed, count, LocalDate.of(2026, 6, 30), Townships.under(regions, Townships.HENAN))
                .forEachRemaining(person -> {
                    if (person.hasDemoAccount()) {
                        flagged.add(person);
                    }
                });
        assertThat(flagged).isNotEmpty();

        int created = accounts.create(seed, "a-long-test-password-1");

        assertThat(created).isEqualTo(flagged.size());
        for (SyntheticPerson person : flagged) {
            ResidentId id = person.residentId();
            assertThat(applicants.findByResidentId(id)).as("account of %s", id).isPresent();
            assertThat(applicants.findByMobile(person.phone())).isEqualTo(applicants.findByResidentId(id));
        }
        assertThat(accounts.create(seed, "a-long-test-password-1")).isZero();
    }
}
