package org.liangxiang.population;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.liangxiang.population.Distributions.AgeBand;
import org.liangxiang.population.SyntheticPerson.AssistanceStatus;
import org.liangxiang.population.SyntheticPerson.BankAccount;
import org.liangxiang.population.SyntheticPerson.Certificate;
import org.liangxiang.shared.CertificateNumber;
import org.liangxiang.shared.ResidentId;
import org.liangxiang.shared.Sex;

/**
 * Generates {@code count} people household by household from one {@link SplittableRandom}: the same seed, as-of date
 * and township list give the same people in the same order, and a longer run begins with the people of a shorter one.
 * Holds only the current household and the resident-id set, so a million people stream through in constant memory.
 */
final class PopulationGenerator implements Iterator<SyntheticPerson> {

    /** The earliest date a resident id accepts, plus a day. */
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 2);

    private final SplittableRandom random;
    private final int count;
    private final LocalDate asOf;
    private final List<Township> townships;
    private final FirstRegistration firstRegistration;
    private final ResidentIdAllocator residentIds;
    private final PhoneNumbers phones;
    private final ArrayDeque<SyntheticPerson> household = new ArrayDeque<>();
    private int nextOrdinal;
    private int households;

    /** A person drawn before the household's statuses are known. */
    private record Draft(HouseholdRelation relation, Sex sex, LocalDate birthDate, String surname, boolean holder) {}

    PopulationGenerator(long seed, int count, LocalDate asOf, List<Township> townships) {
        if (townships.isEmpty()) {
            throw new IllegalArgumentException("No townships to place people in");
        }
        this.random = new SplittableRandom(seed);
        this.count = count;
        this.asOf = asOf;
        this.townships = List.copyOf(townships);
        this.firstRegistration = new FirstRegistration(this.townships);
        this.residentIds = new ResidentIdAllocator(count, asOf);
        this.phones = new PhoneNumbers(random);
    }

    @Override
    public boolean hasNext() {
        return !household.isEmpty() || nextOrdinal < count;
    }

    @Override
    public SyntheticPerson next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (household.isEmpty()) {
            nextHousehold();
        }
        return household.poll();
    }

    /** Households generated so far. */
    int households() {
        return households;
    }

    private void nextHousehold() {
        households++;
        UUID householdId = uuid();
        Township township = townships.get(random.nextInt(townships.size()));
        Draft primary = primary();
        int room = count - nextOrdinal;
        boolean minor = age(primary.birthDate()) < 18;
        boolean pair = room >= 2 && (minor || random.nextDouble() < Distributions.TWO_PERSON_HOUSEHOLDS);
        Draft companion = pair ? companionOf(primary, minor) : null;
        List<AssistanceStatus> statuses = statuses(primary.holder() || (companion != null && companion.holder()), pair);
        household.add(person(primary, householdId, township, statuses));
        if (companion != null) {
            household.add(person(companion, householdId, township, statuses));
        }
    }

    private Draft primary() {
        boolean holder = random.nextDouble() < Distributions.CERTIFICATE_HOLDERS;
        double male = holder ? Distributions.MALE_AMONG_DISABLED : Distributions.MALE_AMONG_OTHERS;
        Sex sex = random.nextDouble() < male ? Sex.MALE : Sex.FEMALE;
        AgeBand band = (holder ? Distributions.DISABLED_AGES : Distributions.GENERAL_AGES).pick(random);
        LocalDate birth = birthDateAged(band.from(), band.to());
        HouseholdRelation relation = age(birth) < 18 ? HouseholdRelation.CHILD : HouseholdRelation.HEAD;
        return new Draft(relation, sex, birth, ChineseNames.surname(random), holder);
    }

    /** A parent heading a minor's household; else a spouse, or for an elderly person sometimes an adult child. */
    private Draft companionOf(Draft primary, boolean minor) {
        boolean holder = random.nextDouble() < Distributions.CERTIFICATE_HOLDERS;
        int primaryAge = age(primary.birthDate());
        if (minor) {
            int parentAge = primaryAge + 20 + random.nextInt(21);
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            return new Draft(
                    HouseholdRelation.HEAD, sex, birthDateAged(parentAge, parentAge + 1), primary.surname(), holder);
        }
        if (primaryAge >= 65 && random.nextDouble() < 0.3) {
            int childAge = Math.max(18, primaryAge - 22 - random.nextInt(17));
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            return new Draft(
                    HouseholdRelation.CHILD, sex, birthDateAged(childAge, childAge + 1), primary.surname(), holder);
        }
        int spouseAge = Math.min(100, Math.max(18, primaryAge - 5 + random.nextInt(11)));
        Sex sex = primary.sex() == Sex.MALE ? Sex.FEMALE : Sex.MALE;
        return new Draft(
                HouseholdRelation.SPOUSE,
                sex,
                birthDateAged(spouseAge, spouseAge + 1),
                ChineseNames.surname(random),
                holder);
    }

    private SyntheticPerson person(Draft d, UUID householdId, Township township, List<AssistanceStatus> statuses) {
        int ordinal = nextOrdinal++;
        UUID id = uuid();
        String regionCode = firstRegistration.regionCode(township, d.birthDate(), random);
        ResidentId residentId = residentIds.allocate(regionCode, d.birthDate(), d.sex(), random);
        String name = d.surname() + ChineseNames.givenName(d.sex(), random);
        int age = age(d.birthDate());
        String phone = age >= 16 ? phones.forOrdinal(ordinal, random) : null;
        Certificate certificate = d.holder() ? certificate(residentId) : null;
        BankAccount account =
                age >= 16 && random.nextDouble() < Distributions.BANK_ACCOUNTS ? BankCards.draw(random) : null;
        boolean demoAccount = certificate != null && phone != null && random.nextDouble() < Distributions.DEMO_ACCOUNTS;
        return new SyntheticPerson(
                ordinal,
                id,
                householdId,
                d.relation(),
                township,
                residentId,
                name,
                phone,
                certificate,
                statuses,
                account,
                demoAccount);
    }

    private Certificate certificate(ResidentId residentId) {
        CertificateNumber number = CertificateNumber.of(
                residentId,
                Distributions.CATEGORIES.pick(random),
                Distributions.LEVELS.pick(random),
                Distributions.REISSUES.pick(random));
        LocalDate windowStart = asOf.minusYears(Distributions.ISSUE_WINDOW_YEARS);
        LocalDate earliest = later(windowStart, residentId.birthDate().plusDays(30));
        LocalDate issued = earliest.isAfter(asOf) ? asOf : dayBetween(earliest, asOf);
        boolean child = Period.between(residentId.birthDate(), issued).getYears() < 16;
        int years = child ? Distributions.CHILD_CERTIFICATE_YEARS : Distributions.CERTIFICATE_YEARS;
        return new Certificate(number, issued, issued.plusYears(years));
    }

    /** The household's status: current, or ended within the last three years; 特困 only for people living alone. */
    private List<AssistanceStatus> statuses(boolean holderHousehold, boolean pair) {
        Optional<AssistanceKind> drawn = (holderHousehold
                        ? Distributions.HOLDER_HOUSEHOLD_STATUSES
                        : Distributions.OTHER_HOUSEHOLD_STATUSES)
                .pick(random);
        if (drawn.isEmpty()) {
            return List.of();
        }
        AssistanceKind kind = drawn.get();
        if (kind == AssistanceKind.EXTREME_POVERTY_SUPPORT && pair) {
            kind = AssistanceKind.MINIMUM_LIVING_GUARANTEE;
        }
        if (random.nextDouble() < Distributions.ENDED_STATUSES) {
            LocalDate to = asOf.minusDays(30 + random.nextInt(3 * 365));
            LocalDate from = to.minusDays(180 + random.nextInt(5 * 365));
            return List.of(new AssistanceStatus(kind, from, to));
        }
        return List.of(new AssistanceStatus(kind, asOf.minusDays(30 + random.nextInt(8 * 365)), null));
    }

    /** A birth date making the person between {@code fromAge} (inclusive) and {@code toAge} (exclusive) years old. */
    private LocalDate birthDateAged(int fromAge, int toAge) {
        LocalDate youngest = asOf.minusYears(fromAge);
        LocalDate oldest = later(asOf.minusYears(toAge).plusDays(1), EARLIEST_BIRTH);
        return dayBetween(oldest, youngest);
    }

    private LocalDate dayBetween(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
    }

    private int age(LocalDate birthDate) {
        return Period.between(birthDate, asOf).getYears();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** A version-4 UUID from the seeded source, so that ids repeat with the seed. */
    private UUID uuid() {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }
}
