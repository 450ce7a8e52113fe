package org.liangxiang.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;
import static org.liangxiang.population.PopulationGeneratorTests.AS_OF;
import static org.liangxiang.population.PopulationGeneratorTests.share;

import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liangxiang.population.SyntheticPerson.AssistanceStatus;
import org.liangxiang.population.SyntheticPerson.Certificate;
import org.liangxiang.shared.DisabilityCategory;
import org.liangxiang.shared.DisabilityLevel;

/**
 * The spreads of one large run (100,000 people, about 8,500 certificate holders) against the tables of
 * docs/population.md, each within a tolerance of about four standard errors.
 */
class PopulationDistributionTests {

    static final List<SyntheticPerson> PEOPLE = PopulationGeneratorTests.generate(20_261_129L, 100_000);
    static final List<Certificate> CERTIFICATES = PEOPLE.stream()
            .map(SyntheticPerson::certificate)
            .filter(c -> c != null)
            .toList();

    @ParameterizedTest(name = "{0}: {1} of holders")
    @CsvSource({
        "PHYSICAL,     0.45, 0.022",
        "VISUAL,       0.12, 0.015",
        "HEARING,      0.15, 0.016",
        "SPEECH,       0.02, 0.007",
        "INTELLECTUAL, 0.09, 0.013",
        "MENTAL,       0.10, 0.014",
        "MULTIPLE,     0.07, 0.012"
    })
    void certificateCategoriesFollowTheTable(DisabilityCategory category, double expected, double tolerance) {
        long n = CERTIFICATES.stream()
                .filter(c -> c.number().category() == category)
                .count();
        assertThat(share(n, CERTIFICATES.size())).isCloseTo(expected, offset(tolerance));
    }

    @ParameterizedTest(name = "{0}: {1} of holders")
    @CsvSource({"LEVEL_1, 0.12, 0.015", "LEVEL_2, 0.28, 0.020", "LEVEL_3, 0.27, 0.020", "LEVEL_4, 0.33, 0.021"})
    void certificateLevelsFollowTheTable(DisabilityLevel level, double expected, double tolerance) {
        long n = CERTIFICATES.stream().filter(c -> c.number().level() == level).count();
        assertThat(share(n, CERTIFICATES.size())).isCloseTo(expected, offset(tolerance));
    }

    @Test
    void certificatesRunTenYearsOrFiveForChildrenAndSomeHaveExpiredOrExpireSoon() {
        for (SyntheticPerson p : PEOPLE) {
            Certificate c = p.certificate();
            if (c != null) {
                int ageAtIssue = Period.between(p.birthDate(), c.issuedOn()).getYears();
                assertThat(c.issuedOn()).isAfter(p.birthDate()).isBeforeOrEqualTo(AS_OF);
                assertThat(c.expiresOn()).isEqualTo(c.issuedOn().plusYears(ageAtIssue < 16 ? 5 : 10));
            }
        }
        long expired = count(c -> !c.expiresOn().isAfter(AS_OF));
        long soon = count(c -> c.expiresOn().isAfter(AS_OF) && !c.expiresOn().isAfter(AS_OF.plusMonths(6)));
        assertThat(share(expired, CERTIFICATES.size())).as("expired").isBetween(0.07, 0.13);
        assertThat(share(soon, CERTIFICATES.size()))
                .as("expiring within 6 months")
                .isBetween(0.03, 0.07);
        assertThat(share(count(c -> c.number().reissue() > 0), CERTIFICATES.size()))
                .as("re-issued")
                .isBetween(0.08, 0.12);
    }

    @ParameterizedTest(name = "{0}: {1}-{2} of all, at least {3} and {4} times as common among holders")
    @CsvSource({
        // current statuses: share of all people, share of certificate holders
        "MINIMUM_LIVING_GUARANTEE, 0.030, 0.045, 0.18,  4",
        "NEAR_POVERTY,             0.008, 0.018, 0.03,  2",
        "LOW_INCOME,               0.018, 0.032, 0.04,  2",
        "EXTREME_POVERTY_SUPPORT,  0.001, 0.006, 0.015, 4"
    })
    void currentStatusesAreMuchMoreCommonAmongCertificateHolders(
            AssistanceKind kind, double allFrom, double allTo, double holdersAtLeast, double factor) {
        Predicate<SyntheticPerson> current =
                p -> p.statuses().stream().anyMatch(s -> s.kind() == kind && s.validTo() == null);
        List<SyntheticPerson> holders =
                PEOPLE.stream().filter(p -> p.certificate() != null).toList();
        double all = share(PEOPLE.stream().filter(current).count(), PEOPLE.size());
        double amongHolders = share(holders.stream().filter(current).count(), holders.size());
        assertThat(all).isBetween(allFrom, allTo);
        assertThat(amongHolders).isGreaterThanOrEqualTo(holdersAtLeast).isGreaterThan(factor * all);
    }

    @Test
    void statusPeriodsEndBeforeTheAsOfDateOrAreCurrent() {
        List<AssistanceStatus> statuses =
                PEOPLE.stream().flatMap(p -> p.statuses().stream()).toList();
        assertThat(statuses).allMatch(s -> s.validFrom().isBefore(AS_OF));
        assertThat(statuses)
                .allMatch(s -> s.validTo() == null
                        || (s.validTo().isAfter(s.validFrom()) && s.validTo().isBefore(AS_OF)));
        long ended = statuses.stream().filter(s -> s.validTo() != null).count();
        assertThat(share(ended, statuses.size())).isBetween(0.15, 0.25);
    }

    @Test
    void extremePovertySupportIsForPeopleLivingAlone() {
        Map<UUID, Long> sizes =
                PEOPLE.stream().collect(Collectors.groupingBy(SyntheticPerson::householdId, Collectors.counting()));
        List<SyntheticPerson> supported = PEOPLE.stream()
                .filter(p -> p.statuses().stream().anyMatch(s -> s.kind() == AssistanceKind.EXTREME_POVERTY_SUPPORT))
                .toList();
        assertThat(supported).isNotEmpty().allMatch(p -> sizes.get(p.householdId()) == 1);
    }

    @Test
    void bankAccountsHave16To19DigitsAndAValidLuhnCheckDigit() {
        List<SyntheticPerson.BankAccount> accounts = PEOPLE.stream()
                .map(SyntheticPerson::bankAccount)
                .filter(a -> a != null)
                .toList();
        assertThat(accounts).hasSizeGreaterThan(60_000);
        assertThat(accounts).allMatch(a -> a.accountNumber().matches("^62[0-9]{14,17}$"));
        assertThat(accounts).allMatch(a -> BankCards.luhnValid(a.accountNumber()));
        assertThat(accounts).extracting(SyntheticPerson.BankAccount::bankName).contains("中国农业银行", "招商银行");
    }

    private static long count(Predicate<Certificate> which) {
        return CERTIFICATES.stream().filter(which).count();
    }
}
