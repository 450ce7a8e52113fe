package org.liangxiang.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liangxiang.calendar.WorkingDayDate;
import org.liangxiang.intake.CorrectionItem;
import org.liangxiang.policy.ReviewChainStep;
import org.liangxiang.policy.ReviewOffice;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.database.GuardedWrite;

/**
 * A case as loaded for one act: its place in the flow, owner, clock and due date, chain and subsidy outcomes. The
 * transitions check the state and say which one was expected; {@link Reviews} orchestrates them with the audit trail,
 * events and intake's progress, and {@link CaseStore} saves the result against the version the act was based on.
 */
final class ReviewCase {

    final UUID applicationId;
    final String number;
    final String channel;
    final String receivingTownship;
    final String homeTownship;
    final UUID payeeAccountId;
    final LocalDate submittedOn;
    final long version;

    String ownerTownship;
    String targetProvince;
    CaseState state;
    ReviewOffice office;
    String officeRegion;
    Integer stepPosition;
    CaseClock clock;
    LocalDate dueDate;
    List<Integer> dueProvisionalYears = List.of();
    Worklist resumeWorklist;
    LocalDate correctionStartedOn;
    Integer correctionDays;
    List<CorrectionItem> correctionItems = List.of();
    String correctionNote;
    LocalDate noticeStartedOn;
    LocalDate noticeEndsOn;
    Integer noticeDays;
    ReviewChain chain;
    String chainPolicy;
    LocalDate closedOn;
    /** The certificate's level, sealed ({@link CertificateLevels}); null for a case opened before it was kept. */
    byte[] levelSealed;

    final Map<Subsidy, SubsidyOutcome> subsidies = new EnumMap<>(Subsidy.class);

    /** Written with the case by the act's save ({@link CaseStore#save}), in the same statement. */
    final Pending pending = new Pending();

    /** What the act changed beside the case row: the open pass of a step ends, a new pass starts, outcomes. */
    static final class Pending {
        CaseStore.StepEnd stepEnd;
        CaseStore.StepStart stepStart;
        final List<SubsidyOutcome> outcomes = new ArrayList<>();
        final List<NoticeDue> notices = new ArrayList<>();
        GuardedWrite guard;
        /** The level was kept anew (opening, resubmission): the save writes it. */
        boolean level;
    }

    /** Keeps the certificate's level, sealed; written with the case's insert or its next save. */
    void keepLevel(byte[] sealed) {
        levelSealed = sealed;
        pending.level = true;
    }

    ReviewCase(
            UUID applicationId,
            String number,
            String channel,
            String receivingTownship,
            String homeTownship,
            UUID payeeAccountId,
            LocalDate submittedOn,
            long version) {
        this.applicationId = applicationId;
        this.number = number;
        this.channel = channel;
        this.receivingTownship = receivingTownship;
        this.homeTownship = homeTownship;
        this.payeeAccountId = payeeAccountId;
        this.submittedOn = submittedOn;
        this.version = version;
    }

    /** The list the case is in now. */
    Worklist worklist() {
        return switch (state) {
            case TO_ACCEPT -> Worklist.TO_ACCEPT;
            case RETURNED -> Worklist.RETURNED;
            case TO_FORWARD -> Worklist.TO_FORWARD;
            case TO_FORWARD_TO_PROVINCE -> Worklist.TO_FORWARD_TO_PROVINCE;
            case IN_REVIEW, IN_PUBLIC_NOTICE -> Worklist.of(currentStep().step());
            default -> Worklist.DONE;
        };
    }

    ReviewChainStep currentStep() {
        if (chain == null || stepPosition == null) {
            throw new IllegalStateException("the case is not in the chain");
        }
        return chain.step(stepPosition);
    }

    /** Refuses the act unless the case is in one of the states. */
    void require(String act, CaseState... allowed) {
        for (CaseState s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw CaseConflictException.wrongState(act, summary());
    }

    void requireStep(String act, Worklist... steps) {
        Worklist now = worklist();
        for (Worklist s : steps) {
            if (now == s) {
                return;
            }
        }
        throw CaseConflictException.wrongState(act, summary());
    }

    void due(WorkingDayDate due) {
        dueDate = due.date();
        dueProvisionalYears = due.provisionalYears();
    }

    List<Subsidy> pendingSubsidies() {
        List<Subsidy> pending = new ArrayList<>();
        subsidies.forEach((s, o) -> {
            if (o.pending()) {
                pending.add(s);
            }
        });
        return pending;
    }

    /** Ends the case: the clock stops for good (the days it ran stay recorded) and there is nothing more due. */
    void close(CaseState end, LocalDate on, WorkingDayArithmetic days) {
        state = end;
        closedOn = on;
        clock = clock.pause(on, days);
        dueDate = null;
        dueProvisionalYears = List.of();
    }

    CaseSummary summary() {
        return summary(version);
    }

    /** The summary once saved: the version has moved on by one. */
    CaseSummary savedSummary() {
        return summary(version + 1);
    }

    private CaseSummary summary(long atVersion) {
        return new CaseSummary(
                applicationId,
                state,
                worklist(),
                stepPosition == null || chain == null ? null : currentStep().step(),
                atVersion,
                dueDate,
                ownerTownship);
    }

    /** The state for the audit trail: the state, and for a case in the chain its step. */
    String position() {
        return state == CaseState.IN_REVIEW || state == CaseState.IN_PUBLIC_NOTICE
                ? state + ":" + currentStep().step()
                : state.name();
    }
}
