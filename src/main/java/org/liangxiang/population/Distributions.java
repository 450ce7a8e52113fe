package org.liangxiang.population;

import java.util.Optional;
import org.liangxiang.shared.DisabilityCategory;
import org.liangxiang.shared.DisabilityLevel;

/**
 * The shares the generator draws from. Sources and assumptions are in docs/population.md; figures are rounded and meant
 * to look plausible in demos and to exercise every path, not to be statistics.
 */
final class Distributions {

    private Distributions() {}

    /** Ages in full years, {@code from} inclusive, {@code to} exclusive. */
    record AgeBand(int from, int to) {}

    /** Share of people holding a disability certificate (a demo figure, far above the real share of about 2.7 %). */
    static final double CERTIFICATE_HOLDERS = 0.085;

    /** Share of households of two people (a spouse, a parent of a disabled minor, or an adult child). */
    static final double TWO_PERSON_HOUSEHOLDS = 0.30;

    /** Share of resident ids whose region code is not the household-registration county's. */
    static final double FOREIGN_REGION_CODE = 0.05;

    /** Henan's age structure, after the 2020 census (0-14 about 23 %, 60+ about 18 %). */
    static final Weighted<AgeBand> GENERAL_AGES = Weighted.<AgeBand>builder()
            .add(new AgeBand(0, 15), 23)
            .add(new AgeBand(15, 30), 17)
            .add(new AgeBand(30, 45), 20)
            .add(new AgeBand(45, 60), 22)
            .add(new AgeBand(60, 75), 13)
            .add(new AgeBand(75, 90), 4.5)
            .add(new AgeBand(90, 101), 0.5)
            .build();

    /** Disabled people are older: the 2006 sample survey found 53 % aged 60+, under 5 % aged 0-14. */
    static final Weighted<AgeBand> DISABLED_AGES = Weighted.<AgeBand>builder()
            .add(new AgeBand(0, 15), 5)
            .add(new AgeBand(15, 30), 7)
            .add(new AgeBand(30, 45), 12)
            .add(new AgeBand(45, 60), 23)
            .add(new AgeBand(60, 75), 33)
            .add(new AgeBand(75, 90), 18)
            .add(new AgeBand(90, 101), 2)
            .build();

    /** 2006 sample survey: 51.6 % of disabled people were men; the general population about 50.5 %. */
    static final double MALE_AMONG_DISABLED = 0.516;

    static final double MALE_AMONG_OTHERS = 0.505;

    /** Certificate holders by category: physical most common, as in the federation's holder statistics. */
    static final Weighted<DisabilityCategory> CATEGORIES = Weighted.<DisabilityCategory>builder()
            .add(DisabilityCategory.PHYSICAL, 45)
            .add(DisabilityCategory.VISUAL, 12)
            .add(DisabilityCategory.HEARING, 15)
            .add(DisabilityCategory.SPEECH, 2)
            .add(DisabilityCategory.INTELLECTUAL, 9)
            .add(DisabilityCategory.MENTAL, 10)
            .add(DisabilityCategory.MULTIPLE, 7)
            .build();

    /** About 40 % of holders are severely disabled (levels 1-2), in line with care-subsidy coverage. */
    static final Weighted<DisabilityLevel> LEVELS = Weighted.<DisabilityLevel>builder()
            .add(DisabilityLevel.LEVEL_1, 12)
            .add(DisabilityLevel.LEVEL_2, 28)
            .add(DisabilityLevel.LEVEL_3, 27)
            .add(DisabilityLevel.LEVEL_4, 33)
            .build();

    /** Re-issued cards (B1, B2: lost or worn cards, a category or level change). */
    static final Weighted<Integer> REISSUES =
            Weighted.<Integer>builder().add(0, 90).add(1, 8).add(2, 2).build();

    /** Certificates are valid 10 years, 5 for holders under 16 at issue (an assumption; a policy setting later). */
    static final int CERTIFICATE_YEARS = 10;

    static final int CHILD_CERTIFICATE_YEARS = 5;

    /**
     * Issue dates are spread over the validity plus one year before the as-of date, so about 9 % of adults' certificates
     * have expired and about 4-5 % expire within six months.
     */
    static final int ISSUE_WINDOW_YEARS = CERTIFICATE_YEARS + 1;

    /** Statuses of a household with a certificate holder (nationally about a third of holders live on 低保). */
    static final Weighted<Optional<AssistanceKind>> HOLDER_HOUSEHOLD_STATUSES = statuses(25, 5, 6, 6, 58);

    /** Other households: 低保 about 1 %, so that 3.5-4 % of all people live on 低保 (Henan: about 3.5 %). */
    static final Weighted<Optional<AssistanceKind>> OTHER_HOUSEHOLD_STATUSES = statuses(1.0, 1, 2, 0.4, 95.6);

    /** Share of status periods that have ended (valid_to before the as-of date) rather than being current. */
    static final double ENDED_STATUSES = 0.20;

    /** People aged 16 or over with an account on file. */
    static final double BANK_ACCOUNTS = 0.92;

    /** Certificate holders with a phone chosen for a demo applicant account. */
    static final double DEMO_ACCOUNTS = 0.05;

    private static Weighted<Optional<AssistanceKind>> statuses(
            double minimum, double nearPoverty, double lowIncome, double extremePoverty, double none) {
        return Weighted.<Optional<AssistanceKind>>builder()
                .add(Optional.of(AssistanceKind.MINIMUM_LIVING_GUARANTEE), minimum)
                .add(Optional.of(AssistanceKind.NEAR_POVERTY), nearPoverty)
                .add(Optional.of(AssistanceKind.LOW_INCOME), lowIncome)
                .add(Optional.of(AssistanceKind.EXTREME_POVERTY_SUPPORT), extremePoverty)
                .add(Optional.empty(), none)
                .build();
    }
}
