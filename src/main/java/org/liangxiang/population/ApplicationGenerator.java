package org.liangxiang.population;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.UUID;
import org.liangxiang.calendar.WorkingDayDate;
import org.liangxiang.calendar.WorkingDays;
import org.liangxiang.intake.ApplicationStatus;
import org.liangxiang.intake.Channel;
import org.liangxiang.policy.ReviewChainStep;
import org.liangxiang.policy.ReviewOffice;
import org.liangxiang.policy.ReviewStep;
import org.liangxiang.review.CaseClock;
import org.liangxiang.review.CaseState;
import org.liangxiang.review.RefusalReason;
import org.liangxiang.review.Worklist;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.Money;
import org.liangxiang.shared.Subsidy;

/**
 * Generates applications for the certificate holders of a run, deterministically from the seed and the ordinal:
 * application {@code i} belongs to holder {@code i mod H}, its {@code i div H}-th application in time, so a holder with
 * k applications has k-1 closed ones spread over the three years before the as-of date and a last one that is open
 * for {@link #OPEN_SHARE} of the holders. The case of each is simulated through the flow of review (acceptance, the
 * forwarding when received in another county, the chain of the owning township's policy with its clock, pauses and
 * due dates in working days) up to where it is, never past the as-of date.
 */
final class ApplicationGenerator implements Iterator<SyntheticApplication> {

    /** Share of holders whose last application is still open. */
    static final double OPEN_SHARE = 0.6;

    /** Share of applications handed in at a township of another place than the household registration. */
    static final double RECEIVED_ELSEWHERE = 0.04;

    private enum Fate {
        TO_ACCEPT,
        RETURNED,
        TO_FORWARD,
        IN_CHAIN,
        DECIDED,
        NOT_ACCEPTED,
        WITHDRAWN,
        LAPSED
    }

    private static final Weighted<Fate> OPEN = Weighted.<Fate>builder()
            .add(Fate.TO_ACCEPT, 15)
            .add(Fate.RETURNED, 8)
            .add(Fate.TO_FORWARD, 4)
            .add(Fate.IN_CHAIN, 73)
            .build();
    private static final Weighted<Fate> CLOSED = Weighted.<Fate>builder()
            .add(Fate.DECIDED, 85)
            .add(Fate.NOT_ACCEPTED, 6)
            .add(Fate.WITHDRAWN, 5)
            .add(Fate.LAPSED, 4)
            .build();
    private static final Weighted<Channel> CHANNELS = Weighted.<Channel>builder()
            .add(Channel.ONLINE_WEB, 30)
            .add(Channel.ONLINE_MOBILE, 35)
            .add(Channel.WINDOW, 25)
            .add(Channel.ASSISTED, 10)
            .build();
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    private static final String CORRECTION_NOTE = "残疾人证照片不清晰，请重新上传。";

    private final long seed;
    private final int count;
    private final long firstNumber;
    private final LocalDate asOf;
    private final List<Applicant> applicants;
    private final List<Township> townships;
    private final TownshipFacts facts;
    private final WorkingDays days;
    private final String correctionItemsJson;
    private int next;

    ApplicationGenerator(
            long seed,
            int count,
            long firstNumber,
            LocalDate asOf,
            List<Applicant> applicants,
            List<Township> townships,
            TownshipFacts facts,
            WorkingDays days,
            String correctionItemsJson) {
        if (applicants.isEmpty()) {
            throw new IllegalArgumentException("The run has no certificate holders to apply");
        }
        this.seed = seed;
        this.count = count;
        this.firstNumber = firstNumber;
        this.asOf = asOf;
        this.applicants = applicants;
        this.townships = townships;
        this.facts = facts;
        this.days = days;
        this.correctionItemsJson = correctionItemsJson;
    }

    @Override
    public boolean hasNext() {
        return next < count;
    }

    @Override
    public SyntheticApplication next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return generate(next++);
    }

    private SyntheticApplication generate(int i) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + i);
        int holders = applicants.size();
        int holder = i % holders;
        int round = i / holders;
        int rounds = (count - 1 - holder) / holders + 1;
        boolean last = round == rounds - 1;
        Fate fate = last && random.nextDouble() < OPEN_SHARE ? OPEN.pick(random) : CLOSED.pick(random);

        SyntheticApplication a = new SyntheticApplication();
        a.ordinal = i;
        a.id = uuid(random);
        a.payeeId = uuid(random);
        a.applicant = applicants.get(holder);
        person(a, random);
        Township receiving = random.nextDouble() < RECEIVED_ELSEWHERE
                ? townships.get(random.nextInt(townships.size()))
                : a.applicant.township();
        a.receivingTownship = receiving.code();
        a.submittedOn = submittedOn(fate, round, rounds, random);
        a.submittedAt = at(a.submittedOn, LocalTime.of(8, 0).plusMinutes(random.nextInt(600)));
        a.createdAt = a.submittedAt.minusSeconds(600 + random.nextInt(3600));
        a.number = "LX" + receiving.countyCode() + a.submittedOn.getYear() + String.format("%06d", firstNumber + i);
        a.subsidies = subsidies(a.applicant, random);
        a.outcomes.clear();
        a.subsidies.forEach(s -> a.outcomes.put(s, SyntheticApplication.Outcome.PENDING));
        simulate(a, fate, random);
        a.updatedAt = a.closedAt != null ? a.closedAt : at(latest(a), LocalTime.of(17, 0));
        return a;
    }

    private void person(SyntheticApplication a, SplittableRandom random) {
        Applicant p = a.applicant;
        a.channel = CHANNELS.pick(random);
        boolean online = a.channel == Channel.ONLINE_WEB || a.channel == Channel.ONLINE_MOBILE;
        a.submitterAccountId =
                online ? UUID.nameUUIDFromBytes(("population-account:" + p.personId()).getBytes()) : null;
        a.staffAccountId = online ? null : uuid(random);
        a.submitterKind = p.minor() ? "GUARDIAN" : "PERSON";
        a.agentRelationship = p.minor() ? (random.nextBoolean() ? "母亲" : "父亲") : null;
        a.householdAddress = facts.of(p.township().code()).namePath() + (1 + random.nextInt(30)) + "组"
                + (1 + random.nextInt(200)) + "号";
        if (p.minor() || p.bankName() == null) {
            SyntheticPerson.BankAccount account = BankCards.draw(random);
            a.payeeHolder = "GUARDIAN";
            a.payeeName = ChineseNames.surname(random)
                    + ChineseNames.givenName(
                            random.nextBoolean() ? org.liangxiang.shared.Sex.FEMALE : org.liangxiang.shared.Sex.MALE,
                            random);
            a.bankName = account.bankName();
            a.accountNumber = account.accountNumber();
        } else {
            a.payeeHolder = "PERSON";
            a.payeeName = p.fullName();
            a.bankName = p.bankName();
            a.accountNumber = p.accountNumber();
        }
    }

    private LocalDate submittedOn(Fate fate, int round, int rounds, SplittableRandom random) {
        return switch (fate) {
            case TO_ACCEPT, RETURNED -> asOf.minusDays(random.nextInt(20));
            case TO_FORWARD, IN_CHAIN -> asOf.minusDays(5 + random.nextInt(85));
            default -> {
                LocalDate from = asOf.minusYears(3);
                long span = from.until(asOf.minusDays(75), java.time.temporal.ChronoUnit.DAYS);
                long slot = span / rounds;
                yield from.plusDays(slot * round + random.nextLong(Math.max(1, slot)));
            }
        };
    }

    private static List<Subsidy> subsidies(Applicant p, SplittableRandom random) {
        boolean care = p.level() == DisabilityLevel.LEVEL_1 || p.level() == DisabilityLevel.LEVEL_2;
        boolean living = p.lowIncome();
        if (care && living) {
            return random.nextDouble() < 0.85
                    ? List.of(Subsidy.LIVING, Subsidy.CARE)
                    : List.of(random.nextBoolean() ? Subsidy.LIVING : Subsidy.CARE);
        }
        if (care) {
            return random.nextDouble() < 0.1 ? List.of(Subsidy.LIVING, Subsidy.CARE) : List.of(Subsidy.CARE);
        }
        if (living) {
            return List.of(Subsidy.LIVING);
        }
        return List.of(random.nextBoolean() ? Subsidy.LIVING : Subsidy.CARE);
    }

    // The flow, as review runs it

    private void simulate(SyntheticApplication a, Fate fate, SplittableRandom random) {
        TownshipFacts.Facts receiving = facts.of(a.receivingTownship);
        a.ownerTownship = a.receivingTownship;
        a.office = ReviewOffice.TOWNSHIP;
        a.officeRegion = receiving.township();
        int acceptance = receiving.policy().acceptanceWorkingDays();
        CaseClock clock = new CaseClock(a.submittedOn, acceptance, 0);
        switch (fate) {
            case TO_ACCEPT -> {
                wait(a, CaseState.TO_ACCEPT, Worklist.TO_ACCEPT, clock);
                a.status = ApplicationStatus.SUBMITTED;
                return;
            }
            case RETURNED, LAPSED -> {
                returned(a, clock, receiving, fate == Fate.LAPSED, random);
                return;
            }
            case NOT_ACCEPTED -> {
                close(
                        a,
                        CaseState.NOT_ACCEPTED,
                        ApplicationStatus.NOT_ACCEPTED,
                        after(a.submittedOn, acceptance, random),
                        clock);
                return;
            }
            case WITHDRAWN -> {
                if (random.nextDouble() < 0.7) {
                    close(
                            a,
                            CaseState.WITHDRAWN,
                            ApplicationStatus.WITHDRAWN,
                            after(a.submittedOn, acceptance, random),
                            clock);
                    return;
                }
            }
            default -> {}
        }
        LocalDate acceptedOn = after(a.submittedOn, acceptance, random);
        a.acceptedAt = at(acceptedOn, LocalTime.of(10, 0));
        a.status = ApplicationStatus.IN_REVIEW;
        LocalDate chainStart = acceptedOn;
        String home = a.homeTownship();
        if (!a.applicant.township().countyCode().equals(countyOf(a.receivingTownship))) {
            clock = new CaseClock(acceptedOn, receiving.policy().forwardingWorkingDays(), 0);
            if (fate == Fate.TO_FORWARD) {
                wait(a, CaseState.TO_FORWARD, Worklist.TO_FORWARD, clock);
                return;
            }
            chainStart = after(acceptedOn, clock.budget(), random);
            a.ownerTownship = home;
        }
        chain(a, fate, chainStart, random);
    }

    private String countyOf(String township) {
        return facts.countyOf(township);
    }

    private void wait(SyntheticApplication a, CaseState state, Worklist list, CaseClock clock) {
        a.state = state;
        a.worklist = list;
        a.clockStartedOn = clock.runningSince();
        a.clockBudget = clock.budget();
        a.clockUsed = clock.used();
        due(a, clock.due(days));
    }

    private void returned(
            SyntheticApplication a,
            CaseClock clock,
            TownshipFacts.Facts receiving,
            boolean lapse,
            SplittableRandom random) {
        LocalDate returnedOn = after(a.submittedOn, clock.budget(), random);
        clock = clock.pause(returnedOn, days);
        a.correctionRound = 1;
        a.correctionNote = CORRECTION_NOTE;
        a.correctionMaterial = "DISABILITY_CERTIFICATE";
        a.correctionDays = receiving.policy().correctionWorkingDays();
        a.correctionStartedOn = returnedOn;
        WorkingDayDate due = days.plus(returnedOn, a.correctionDays);
        a.correctionDue = due.date();
        a.clockBudget = clock.budget();
        a.clockUsed = clock.used();
        a.worklist = Worklist.RETURNED;
        if (lapse) {
            LocalDate lapsedOn = min(due.date().plusDays(1));
            close(a, CaseState.LAPSED, ApplicationStatus.LAPSED, lapsedOn, clock);
            return;
        }
        a.state = CaseState.RETURNED;
        a.status = ApplicationStatus.RETURNED;
        a.resumeWorklist = Worklist.TO_ACCEPT;
        a.correctionItemsJson = correctionItemsJson;
        due(a, due);
    }

    private void chain(SyntheticApplication a, Fate fate, LocalDate start, SplittableRandom random) {
        TownshipFacts.Facts owner = facts.of(a.ownerTownship);
        List<ReviewChainStep> steps = owner.chain();
        a.chainJson = owner.chainJson();
        a.chainPausesForNotice = owner.noticePauses();
        a.chainPolicy = owner.reference();
        int stop = switch (fate) {
            case IN_CHAIN -> random.nextInt(steps.size());
            case WITHDRAWN -> 0;
            default -> steps.size();
        };
        CaseClock clock = new CaseClock(start, 0, 0);
        LocalDate day = start;
        for (int j = 0; j < steps.size(); j++) {
            ReviewChainStep step = steps.get(j);
            boolean notice = step.step() == ReviewStep.PUBLIC_NOTICE;
            a.stepPosition = j;
            a.office = step.office();
            a.officeRegion = owner.officeRegion(step.office());
            a.worklist = Worklist.valueOf(step.step().name());
            WorkingDayDate due;
            if (notice) {
                a.state = CaseState.IN_PUBLIC_NOTICE;
                a.noticeStartedOn = day;
                a.noticeDays = step.workingDays();
                a.noticeEndsOn = days.plus(day, step.workingDays()).date();
                if (owner.noticePauses()) {
                    clock = clock.pause(day, days);
                    due = days.plus(day, step.workingDays());
                } else {
                    clock = clock.resume(day).withBudget(budgetThrough(steps, j, owner.noticePauses()));
                    due = clock.due(days);
                }
            } else {
                a.state = CaseState.IN_REVIEW;
                a.noticeStartedOn = null;
                a.noticeEndsOn = null;
                a.noticeDays = null;
                clock = clock.resume(day).withBudget(budgetThrough(steps, j, owner.noticePauses()));
                due = clock.due(days);
            }
            if (j == stop) {
                a.steps.add(new SyntheticApplication.Step(j, step, a.officeRegion, day, due.date(), null, null, null));
                a.clockStartedOn = clock.runningSince();
                a.clockBudget = clock.budget();
                a.clockUsed = clock.used();
                due(a, due);
                if (fate == Fate.WITHDRAWN) {
                    LocalDate on = after(day, step.workingDays(), random);
                    a.steps.set(
                            j,
                            new SyntheticApplication.Step(
                                    j, step, a.officeRegion, day, due.date(), on, null, "WITHDRAWN"));
                    close(a, CaseState.WITHDRAWN, ApplicationStatus.WITHDRAWN, on, clock);
                }
                return;
            }
            LocalDate end = notice ? min(a.noticeEndsOn) : after(day, step.workingDays(), random);
            boolean decision = j == steps.size() - 1;
            a.steps.add(new SyntheticApplication.Step(
                    j, step, a.officeRegion, day, due.date(), end, uuid(random), decision ? "DECIDED" : "COMPLETED"));
            day = end;
        }
        decide(a, owner, day, random);
        close(a, CaseState.DECIDED, ApplicationStatus.DECIDED, day, clock);
    }

    private void decide(SyntheticApplication a, TownshipFacts.Facts owner, LocalDate on, SplittableRandom random) {
        Applicant p = a.applicant;
        UUID approver = uuid(random);
        for (Subsidy s : a.subsidies) {
            RefusalReason reason = refusal(p, s, random);
            Long fen = reason != null
                    ? null
                    : owner.policy().amount(s, p.level()).map(Money::fen).orElse(null);
            a.outcomes.put(
                    s,
                    new SyntheticApplication.Outcome(
                            reason == null ? "APPROVED" : "REFUSED",
                            Worklist.CIVIL_AFFAIRS_DECISION.name(),
                            reason == null ? null : reason.name(),
                            fen,
                            reason == null ? YearMonth.from(a.submittedOn).atDay(1) : null,
                            owner.reference(),
                            on,
                            approver));
        }
    }

    private static RefusalReason refusal(Applicant p, Subsidy s, SplittableRandom random) {
        if (!p.certificateValid()) {
            return RefusalReason.CERTIFICATE_EXPIRED;
        }
        if (p.extremePoverty()) {
            return RefusalReason.IN_EXTREME_POVERTY_SUPPORT;
        }
        boolean severe = p.level() == DisabilityLevel.LEVEL_1 || p.level() == DisabilityLevel.LEVEL_2;
        if (s == Subsidy.LIVING && !p.lowIncome()) {
            return RefusalReason.NO_QUALIFYING_STATUS;
        }
        if (s == Subsidy.CARE && !severe) {
            return RefusalReason.DISABILITY_NOT_SEVERE;
        }
        return random.nextDouble() < 0.03 ? RefusalReason.HIGHER_SIMILAR_ALLOWANCE : null;
    }

    private void close(SyntheticApplication a, CaseState end, ApplicationStatus status, LocalDate on, CaseClock clock) {
        CaseClock stopped = clock.pause(on, days);
        a.state = end;
        a.status = status;
        a.worklist = Worklist.DONE;
        a.closedOn = on;
        a.closedAt = at(on, LocalTime.of(16, 0));
        a.clockStartedOn = null;
        a.clockBudget = stopped.budget();
        a.clockUsed = stopped.used();
        a.dueDate = null;
        a.dueProvisionalYears = List.of();
        a.correctionItemsJson = null;
        a.resumeWorklist = null;
        a.noticeStartedOn = null;
        a.noticeEndsOn = null;
        a.noticeDays = null;
    }

    private static void due(SyntheticApplication a, WorkingDayDate due) {
        a.dueDate = due.date();
        a.dueProvisionalYears = due.provisionalYears();
    }

    private static int budgetThrough(List<ReviewChainStep> steps, int position, boolean noticePauses) {
        int sum = 0;
        for (int i = 0; i <= position; i++) {
            if (!(steps.get(i).step() == ReviewStep.PUBLIC_NOTICE && noticePauses)) {
                sum += steps.get(i).workingDays();
            }
        }
        return sum;
    }

    /** A day some working days after {@code day} (up to a fifth over the budget, so that some are late), never past as-of. */
    private LocalDate after(LocalDate day, int budget, SplittableRandom random) {
        int n = 1 + random.nextInt(Math.max(1, budget + budget / 5));
        return min(days.plus(day, n).date());
    }

    private LocalDate min(LocalDate day) {
        return day.isAfter(asOf) ? asOf : day;
    }

    private static LocalDate latest(SyntheticApplication a) {
        LocalDate latest = a.submittedOn;
        for (SyntheticApplication.Step s : a.steps) {
            if (s.startedOn().isAfter(latest)) {
                latest = s.startedOn();
            }
        }
        return a.correctionStartedOn != null && a.correctionStartedOn.isAfter(latest) ? a.correctionStartedOn : latest;
    }

    private static Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).toInstant(CHINA);
    }

    static UUID uuid(SplittableRandom random) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(most, least);
    }
}
