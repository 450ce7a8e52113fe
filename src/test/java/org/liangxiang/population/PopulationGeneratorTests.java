package org.liangxiang.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.liangxiang.population.FirstRegistration.RetiredCode;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Sex;

/** The generator on its own: determinism, valid identifiers, households, and the region codes inside resident ids. */
class PopulationGeneratorTests {

    static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    static List<SyntheticPerson> generate(long seed, int count) {
        List<SyntheticPerson> people = new ArrayList<>(count);
        new PopulationGenerator(seed, count, AS_OF, HenanTownships.all()).forEachRemaining(people::add);
        return people;
    }

    @Test
    void theSameSeedGivesTheSamePeople() {
        List<SyntheticPerson> first = generate(7, 5_000);
        List<SyntheticPerson> second = generate(7, 5_000);
        assertThat(first).hasSize(5_000).isEqualTo(second);
        assertThat(first)
                .extracting(p -> p.residentId().value())
                .isEqualTo(second.stream().map(p -> p.residentId().value()).toList());
    }

    @Test
    void anotherSeedGivesOtherPeople() {
        Set<String> seven = ids(generate(7, 2_000));
        Set<String> eight = ids(generate(8, 2_000));
        assertThat(eight).doesNotContainAnyElementsOf(seven);
    }

    @Test
    void aLongerRunBeginsWithTheShorterOne() {
        List<SyntheticPerson> shorter = generate(11, 1_000);
        List<SyntheticPerson> longer = generate(11, 1_500);
        // only the last household of the shorter run may be cut short
        assertThat(longer.subList(0, 998)).isEqualTo(shorter.subList(0, 998));
    }

    @Test
    void everyResidentIdAndCertificateNumberIsValidAndConsistent() {
        for (SyntheticPerson p : generate(13, 20_000)) {
            ResidentId id = ResidentId.of(p.residentId().value());
            assertThat(id.birthDate()).isEqualTo(p.birthDate());
            assertThat(p.birthDate()).isBeforeOrEqualTo(AS_OF).isAfter(LocalDate.of(1900, 1, 1));
            if (p.certificate() != null) {
                String number = p.certificate().number().value();
                assertThat(CertificateNumber.of(number, id))
                        .isEqualTo(p.certificate().number());
                assertThat(number).hasSize(p.certificate().number().reissue() == 0 ? 20 : 22);
            }
        }
    }

    @Test
    void residentIdsAndPhonesAreUniqueWithinARun() {
        List<SyntheticPerson> people = generate(17, 60_000);
        assertThat(ids(people)).hasSize(people.size());
        List<String> phones = people.stream()
                .map(SyntheticPerson::phone)
                .filter(p -> p != null)
                .toList();
        assertThat(new HashSet<>(phones)).hasSize(phones.size());
        assertThat(phones).allMatch(p -> p.matches("^1[3-9][0-9]{9}$"));
    }

    @Test
    void childrenUnder16HaveNoPhoneAndNoBankAccount() {
        for (SyntheticPerson p : generate(19, 10_000)) {
            boolean under16 = Period.between(p.birthDate(), AS_OF).getYears() < 16;
            assertThat(p.phone() == null).isEqualTo(under16);
            if (under16) {
                assertThat(p.bankAccount()).isNull();
            }
        }
    }

    @Test
    void aboutFivePercentOfIdsCarryACodeOtherThanTheHouseholdCounty() {
        List<SyntheticPerson> people = generate(23, 60_000);
        List<String> foreign = people.stream()
                .filter(p -> !p.residentId().regionCode().equals(p.township().countyCode()))
                .map(p -> p.residentId().regionCode())
                .toList();
        assertThat(share(foreign.size(), people.size())).isBetween(0.044, 0.056);

        Set<String> retired =
                FirstRegistration.RETIRED.stream().map(RetiredCode::code).collect(Collectors.toSet());
        Set<String> henanCounties =
                HenanTownships.all().stream().map(Township::countyCode).collect(Collectors.toSet());
        assertThat(foreign)
                .allMatch(code -> retired.contains(code)
                        || henanCounties.contains(code)
                        || FirstRegistration.OTHER_PROVINCES.contains(code));
        long retiredCount = foreign.stream().filter(retired::contains).count();
        long otherProvince = foreign.stream()
                .filter(FirstRegistration.OTHER_PROVINCES::contains)
                .count();
        assertThat(share(retiredCount, foreign.size())).as("retired codes").isBetween(0.15, 0.60);
        assertThat(share(otherProvince, foreign.size())).as("other provinces").isBetween(0.08, 0.30);
    }

    @Test
    void aRetiredCodeIsOnlyGivenToPeopleBornBeforeItWasRetired() {
        Map<String, RetiredCode> retired =
                FirstRegistration.RETIRED.stream().collect(Collectors.toMap(RetiredCode::code, r -> r));
        List<SyntheticPerson> withRetired = generate(29, 60_000).stream()
                .filter(p -> retired.containsKey(p.residentId().regionCode()))
                .toList();
        assertThat(withRetired).hasSizeGreaterThan(100);
        for (SyntheticPerson p : withRetired) {
            RetiredCode code = retired.get(p.residentId().regionCode());
            assertThat(p.birthDate().getYear())
                    .isGreaterThanOrEqualTo(code.fromYear())
                    .isLessThan(code.toYear());
        }
    }

    @Test
    void householdMembersShareTheHouseholdTownshipAndStatuses() {
        List<SyntheticPerson> people = generate(31, 20_000);
        Map<Object, List<SyntheticPerson>> households =
                people.stream().collect(Collectors.groupingBy(SyntheticPerson::householdId));
        long pairs = households.values().stream().filter(h -> h.size() == 2).count();
        assertThat(households.values()).allMatch(h -> h.size() <= 2);
        assertThat(share(pairs, households.size())).isBetween(0.25, 0.60);
        for (List<SyntheticPerson> members : households.values()) {
            assertThat(members)
                    .extracting(SyntheticPerson::township)
                    .containsOnly(members.get(0).township());
            assertThat(members)
                    .extracting(SyntheticPerson::statuses)
                    .containsOnly(members.get(0).statuses());
            boolean minorAlone = members.size() == 1 && age(members.get(0)) < 18;
            assertThat(minorAlone && members.get(0).ordinal() != people.size() - 1)
                    .as("a minor lives with a parent")
                    .isFalse();
        }
    }

    @Test
    void certificateHoldersAreOlderThanOtherPeople() {
        List<SyntheticPerson> people = generate(37, 40_000);
        double holders = medianAge(people, p -> p.certificate() != null);
        double others = medianAge(people, p -> p.certificate() == null);
        assertThat(holders).isGreaterThan(others + 10);
        assertThat(share(people.stream().filter(p -> p.certificate() != null).count(), people.size()))
                .isBetween(0.075, 0.095);
    }

    @Test
    void demoAccountsAreForSomeCertificateHoldersWithAPhone() {
        List<SyntheticPerson> demo = generate(41, 40_000).stream()
                .filter(SyntheticPerson::hasDemoAccount)
                .toList();
        assertThat(demo).hasSizeGreaterThan(50);
        assertThat(demo).allMatch(p -> p.certificate() != null && p.phone() != null);
    }

    @Test
    void namesHaveASurnameFromTheListAndOneOrTwoGivenCharacters() {
        for (SyntheticPerson p : generate(43, 5_000)) {
            String surname = p.fullName().startsWith("欧阳") || p.fullName().startsWith("司马")
                    ? p.fullName().substring(0, 2)
                    : p.fullName().substring(0, 1);
            assertThat(ChineseNames.SURNAMES.share(surname)).isPositive();
            assertThat(p.fullName().length() - surname.length()).isBetween(1, 2);
        }
    }

    @Test
    void sexInTheIdFollowsTheSequenceParity() {
        List<SyntheticPerson> people = generate(47, 20_000);
        long men = people.stream().filter(p -> p.sex() == Sex.MALE).count();
        assertThat(share(men, people.size())).isBetween(0.47, 0.53);
        assertThat(people)
                .allMatch(p -> (p.residentId().value().charAt(16) - '0') % 2 == (p.sex() == Sex.MALE ? 1 : 0));
    }

    static Set<String> ids(List<SyntheticPerson> people) {
        return people.stream().map(p -> p.residentId().value()).collect(Collectors.toSet());
    }

    static double share(long part, long whole) {
        return (double) part / whole;
    }

    static int age(SyntheticPerson p) {
        return Period.between(p.birthDate(), AS_OF).getYears();
    }

    private static double medianAge(List<SyntheticPerson> people, Predicate<SyntheticPerson> which) {
        List<Integer> ages = people.stream()
                .filter(which)
                .map(PopulationGeneratorTests::age)
                .sorted()
                .toList();
        return ages.get(ages.size() / 2);
    }
}
