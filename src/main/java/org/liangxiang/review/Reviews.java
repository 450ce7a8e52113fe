package org.liangxiang.review;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liangxiang.audit.AuditEntry;
import org.liangxiang.intake.ApplicationId;
import org.liangxiang.intake.ApplicationProgress;
import org.liangxiang.intake.Applications;
import org.liangxiang.intake.CorrectionItem;
import org.liangxiang.policy.PaymentStartRule;
import org.liangxiang.policy.PolicyInForce;
import org.liangxiang.policy.ReviewOffice;
import org.liangxiang.policy.ReviewStep;
import org.liangxiang.review.CaseJournal.Act;
import org.liangxiang.shared.DisabilityLevel;
import org.liangxiang.shared.Money;
import org.liangxiang.shared.Subsidy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The staff's acts on cases (docs/review.md). Every act names the case version it is based on: the case is locked,
 * found only within the staff member's jurisdiction (owner township; else {@link CaseNotFoundException}), checked for
 * version ({@link CaseConflictException} STALE_VERSION), state and office ({@link NotYourActException}), then the
 * input (InvalidValueException, naming the field and rule), moved, audited,
 * announced with its event, reported to intake's {@link ApplicationProgress}, and saved — all in one transaction. Each
 * answers the case's new summary (with the version for the next act).
 */
@Service
public class Reviews {

    private final CaseStore store;
    private final CaseFlow flow;
    private final CaseJournal journal;
    private final Deadlines deadlines;
    private final Applications applications;
    private final ApplicationProgress progress;
    private final CaseNotices notices;
    private final CertificateLevels levels;

    Reviews(
            CaseStore store,
            CaseFlow flow,
            CaseJournal journal,
            Deadlines deadlines,
            Applications applications,
            ApplicationProgress progress,
            CaseNotices notices,
            CertificateLevels levels) {
        this.store = store;
        this.flow = flow;
        this.journal = journal;
        this.deadlines = deadlines;
        this.applications = applications;
        this.progress = progress;
        this.notices = notices;
        this.levels = levels;
    }

    // Acceptance

    @Transactional
    public CaseSummary accept(Reviewer reviewer, UUID id, long expectedVersion) {
        return accept(reviewer, id, expectedVersion, deadlines.today());
    }

    @Transactional
    CaseSummary accept(Reviewer reviewer, UUID id, long expectedVersion, LocalDate today) {
        ReviewCase c = forAct(reviewer, id, expectedVersion, "accept", CaseState.TO_ACCEPT);
        Act act = Act.of(reviewer, c);
        String before = c.state.name();
        flow.accept(c, today);
        // intake's acceptance of the application goes with the case's save (refused there: the act fails)
        store.writeWithSave(c, progress.acceptance(applicationId(c)));
        journal.record(
                act,
                c,
                "APPLICATION_ACCEPTED",
                before,
                null,
                new ApplicationAccepted(journal.envelope(c, act), id, c.receivingTownship, c.worklist()));
        notices.acceptanceReceipt(c, today);
        return save(c, "accept");
    }

    @Transactional
    public CaseSummary returnForCorrection(
            Reviewer reviewer, UUID id, long expectedVersion, List<CorrectionItem> items, String note) {
        return returnForCorrection(reviewer, id, expectedVersion, items, note, deadlines.today());
    }

    @Transactional
    CaseSummary returnForCorrection(
            Reviewer reviewer,
            UUID id,
            long expectedVersion,
            List<CorrectionItem> items,
            String note,
            LocalDate today) {
        ReviewCase c = forAct(reviewer, id, expectedVersion, "return", CaseState.TO_ACCEPT, CaseState.IN_REVIEW);
        CaseRules.checkCorrection(items, note);
        Act act = Act.of(reviewer, c);
        Worklist stage = c.worklist();
        flow.returnForCorrection(c, items, note, today);
        progress.returned(applicationId(c), c.correctionItems, note, c.dueDate);
        journal.record(
                act,
                c,
                "APPLICATION_RETURNED",
                stage.name(),
                null,
                new ApplicationReturned(journal.envelope(c, act), id, stage, c.dueDate));
        notices.correctionNotice(c, today);
        return save(c, "return");
    }

    @Transactional
    public CaseSummary refuseAcceptance(
            Reviewer reviewer, UUID id, long expectedVersion, NonAcceptanceReason reason, String explanation) {
        return refuseAcceptance(reviewer, id, expectedVersion, reason, explanation, deadlines.today());
    }

    @Transactional
    CaseSummary refuseAcceptance(
            Reviewer reviewer,
            UUID id,
            long expectedVersion,
            NonAcceptanceReason reason,
            String explanation,
            LocalDate today) {
        ReviewCase c = forAct(reviewer, id, expectedVersion, "refuseAcceptance", CaseState.TO_ACCEPT);
        CaseRules.checkReason(reason, reason == NonAcceptanceReason.OTHER, explanation);
        Act act = Act.of(reviewer, c);
        c.close(CaseState.NOT_ACCEPTED, today, deadlines.days());
        progress.notAccepted(applicationId(c));
        journal.record(
                act,
                c,
                "APPLICATION_NOT_ACCEPTED",
                CaseState.TO_ACCEPT.name(),
                reason.name(),
                new ApplicationNotAccepted(journal.envelope(c, act), id, reason));
        notices.nonAcceptance(c, reason, explanation, today);
        return save(c, "refuseAcceptance");
    }

    // Forwarding

    @Transactional
    public CaseSummary forward(Reviewer reviewer, UUID id, long expectedVersion) {
        return forward(reviewer, id, expectedVersion, deadlines.today());
    }

    @Transactional
    CaseSummary forward(Reviewer reviewer, UUID id, long expectedVersion, LocalDate today) {
        ReviewCase c = forAct(reviewer, id, expectedVersion, "forward", CaseState.TO_FORWARD);
        Act act = Act.of(reviewer, c);
        String from = c.ownerTownship;
        flow.forward(c, today);
        journal.record(
                act,
                c,
                "APPLICATION_FORWARDED",
                CaseState.TO_FORWARD.name(),
                null,
                new ApplicationForwarded(journal.envelope(c, act), id, from, c.ownerTownship));
        notices.forwarding(c, from, today);
        return save(c, "forward");
    }

    // The chain

    /**
     * Completes the case's current step and moves it to the next. At the civil-affairs decision it approves every
     * subsidy still pending (the bulk approval). {@code expectedStep}, when given, must be the current step.
     */
    @Transactional
    public CaseSummary completeStep(Reviewer reviewer, UUID id, long expectedVersion, ReviewStep expectedStep) {
        return completeStep(reviewer, id, expectedVersion, expectedStep, deadlines.today());
    }

    @Transactional
    CaseSummary completeStep(
            Reviewer reviewer, UUID id, long expectedVersion, ReviewStep expectedStep, LocalDate today) {
        ReviewCase c = forAct(reviewer, id, expectedVersion, "completeStep", expectedStep, CaseState.IN_REVIEW);
        if (c.currentStep().step() == ReviewStep.CIVIL_AFFAIRS_DECISION) {
            return decideAll(
                    reviewer,
                    c,
                    c.pendingSubsidies().stream().map(SubsidyDecision::approve).toList(),
                    today);
        }
        Act act = Act.of(reviewer, c);
        completeAndMoveOn(act, c, reviewer.accountId(), today);
        return save(c, "completeStep");
    }

    private void completeAndMoveOn(Act act, ReviewCase c, UUID by, LocalDate today) {
        ReviewStep step = c.currentStep().step();
        store.endStep(c, today, by, "COMPLETED");
        int next = c.chain.next(c.stepPosition);
        boolean notice = flow.enterStep(c, next, today);
        journal.record(
                act,
                c,
                "STEP_COMPLETED",
                step.name(),
                null,
                new StepCompleted(journal.envelope(c, act), c.applicationId, step, act.officeRegion()));
        noticeStarted(act, c, notice);
    }

    private void noticeStarted(Act act, ReviewCase c, boolean started) {
        if (started) {
            journal.record(act, c, "PUBLIC_NOTICE_STARTED", null, c.noticeEndsOn.toString(), null);
        }
    }

    @Transactional
    public CaseSummary refuseSubsidy(
            Reviewer reviewer,
            UUID id,
            long expectedVersion,
            Subsidy subsidy,
            RefusalReason reason,
            String explanation) {
        return refuseSubsidy(reviewer, id, expectedVersion, subsidy, reason, explanation, deadlines.today());
    }

    @Transactional
    CaseSummary refuseSubsidy(
            Reviewer reviewer,
            UUID id,
            long expectedVersion,
            Subsidy subsidy,
            RefusalReason reason,
            String explanation,
            LocalDate today) {
        ReviewCase c =
                forAct(reviewer, id, expectedVersion, "refuseSubsidy", CaseState.IN_REVIEW, CaseState.IN_PUBLIC_NOTICE);
        return decideAll(reviewer, c, List.of(SubsidyDecision.refuse(subsidy, reason, explanation)), today);
    }

    /** The civil-affairs decision on one or both subsidies; the case is decided when none is left pending. */
    @Transactional
    public CaseSummary decide(Reviewer reviewer, UUID id, long expectedVersion, List<SubsidyDecision> decisions) {
        return decide(reviewer, id, expectedVersion, decisions, deadlines.today());
    }

    @Transactional
    CaseSummary decide(
            Reviewer reviewer, UUID id, long expectedVersion, List<SubsidyDecision> decisions, LocalDate today) {
        ReviewCase c = forAct(reviewer, id, expectedVersion, "decide", CaseState.IN_REVIEW);
        c.requireStep("decide", Worklist.CIVIL_AFFAIRS_DECISION);
        return decideAll(reviewer, c, decisions, today);
    }

    private CaseSummary decideAll(Reviewer reviewer, ReviewCase c, List<SubsidyDecision> decisions, LocalDate today) {
        CaseRules.checkDecisions(decisions, c);
        Act act = Act.of(reviewer, c);
        Worklist stage = c.worklist();
        // the policy and the certificate's level, read once for every approval of the act
        PolicyInForce policy = null;
        DisabilityLevel level = null;
        Map<Subsidy, Boolean> decided = new EnumMap<>(Subsidy.class);
        decisions.forEach(d -> decided.put(d.subsidy(), d.approve()));
        // intake records every outcome of the act at once, with the case's save (refused there: the act fails)
        store.writeWithSave(c, progress.decision(applicationId(c), decided));
        List<AuditEntry> audit = new ArrayList<>(); // the act's audit entries, written in one statement
        List<NoticeDue> owed = new ArrayList<>(); // the act's notices, recorded in one statement
        for (SubsidyDecision d : decisions) {
            if (d.approve()) {
                if (policy == null) {
                    policy = flow.policyOf(c.ownerTownship, today);
                    level = levels.of(c);
                }
                approve(audit, owed, act, c, d.subsidy(), new Approval(policy, level, reviewer.accountId(), today));
            } else {
                refuse(audit, owed, act, c, d, stage, reviewer.accountId(), today);
            }
        }
        if (c.pendingSubsidies().isEmpty()) {
            ReviewStep step = c.currentStep().step();
            store.endStep(c, today, reviewer.accountId(), "DECIDED");
            c.close(CaseState.DECIDED, today, deadlines.days());
            if (step == ReviewStep.CIVIL_AFFAIRS_DECISION) {
                journal.record(
                        audit,
                        act,
                        c,
                        "STEP_COMPLETED",
                        step.name(),
                        null,
                        new StepCompleted(journal.envelope(c, act), c.applicationId, step, act.officeRegion()));
            }
        }
        notices.owe(c, owed);
        journal.write(audit);
        return save(c, "decide");
    }

    /** What every approval of one act shares: the owner township's policy that day, the level, who and when. */
    private record Approval(PolicyInForce policy, DisabilityLevel level, UUID by, LocalDate today) {}

    private void approve(
            List<AuditEntry> audit, List<NoticeDue> owed, Act act, ReviewCase c, Subsidy subsidy, Approval approval) {
        PolicyInForce policy = approval.policy();
        DisabilityLevel level = approval.level();
        UUID by = approval.by();
        LocalDate today = approval.today();
        Money amount = policy.amount(subsidy, level)
                .orElseThrow(
                        () -> new CaseConflictException(CaseConflictException.Rule.NO_AMOUNT, "approve", c.summary()));
        YearMonth start = policy.paymentStart() == PaymentStartRule.MONTH_OF_SUBMISSION
                ? YearMonth.from(c.submittedOn)
                : YearMonth.from(today).plusMonths(1);
        SubsidyOutcome outcome = c.subsidies
                .get(subsidy)
                .approved(c.worklist(), amount, start, policy.reference().toString(), today, by);
        c.subsidies.put(subsidy, outcome);
        store.saveOutcome(c, outcome);
        journal.record(
                audit,
                act,
                c,
                "SUBSIDY_APPROVED",
                subsidy.name() + "/PENDING",
                null,
                new SubsidyApproved(
                        journal.envelope(c, act),
                        c.applicationId,
                        subsidy,
                        amount,
                        start,
                        c.payeeAccountId,
                        policy.reference().versionIds()));
        notices.approval(owed, c, outcome, policy.paymentFrequency(), today);
    }

    private void refuse(
            List<AuditEntry> audit,
            List<NoticeDue> owed,
            Act act,
            ReviewCase c,
            SubsidyDecision d,
            Worklist stage,
            UUID by,
            LocalDate today) {
        SubsidyOutcome outcome = c.subsidies.get(d.subsidy()).refused(stage, d.reason(), d.explanation(), today, by);
        c.subsidies.put(d.subsidy(), outcome);
        store.saveOutcome(c, outcome);
        journal.record(
                audit,
                act,
                c,
                "SUBSIDY_REFUSED",
                d.subsidy().name() + "/PENDING",
                d.reason().name(),
                new SubsidyRefused(journal.envelope(c, act), c.applicationId, d.subsidy(), d.reason()));
        notices.refusal(owed, c, outcome, today);
    }

    // Public notice

    @Transactional
    public CaseSummary recordObjection(Reviewer reviewer, UUID id, long expectedVersion, String note) {
        return recordObjection(reviewer, id, expectedVersion, note, deadlines.today());
    }

    @Transactional
    CaseSummary recordObjection(Reviewer reviewer, UUID id, long expectedVersion, String note, LocalDate today) {
        ReviewCase c = forAct(reviewer, id, expectedVersion, "recordObjection", CaseState.IN_PUBLIC_NOTICE);
        CaseRules.checkObjection(note);
        Act act = Act.of(reviewer, c);
        store.insertObjection(c.applicationId, today, reviewer.accountId(), note.strip());
        store.endStep(c, today, reviewer.accountId(), "OBJECTION");
        boolean notice = flow.enterStep(c, c.chain.previous(c.stepPosition), today);
        journal.record(act, c, "OBJECTION_RECORDED", Worklist.PUBLIC_NOTICE.name(), null, null);
        noticeStarted(act, c, notice);
        return save(c, "recordObjection");
    }

    @Transactional
    public CaseSummary endNotice(Reviewer reviewer, UUID id, long expectedVersion) {
        return endNotice(reviewer, id, expectedVersion, deadlines.today());
    }

    @Transactional
    CaseSummary endNotice(Reviewer reviewer, UUID id, long expectedVersion, LocalDate today) {
        ReviewCase c = forAct(reviewer, id, expectedVersion, "endNotice", CaseState.IN_PUBLIC_NOTICE);
        if (!today.isAfter(c.noticeEndsOn)) {
            throw new CaseConflictException(CaseConflictException.Rule.NOTICE_NOT_OVER, "endNotice", c.summary());
        }
        completeAndMoveOn(Act.of(reviewer, c), c, reviewer.accountId(), today);
        return save(c, "endNotice");
    }

    // Intake's events and the system's own acts

    /**
     * A submitted application becomes a case waiting for acceptance (idempotent), in the submitting transaction (intake's
     * event, handled synchronously: {@link IntakeEvents}).
     */
    void open(UUID id) {
        var application = applications.get(new ApplicationId(id));
        ReviewCase c = new ReviewCase(
                id,
                application.number(),
                application.channel().name(),
                application.receivingTownship(),
                application.homeTownship(),
                application.payeeAccountId(),
                application.submittedOn(),
                0);
        application.subsidies().forEach(s -> c.subsidies.put(s, SubsidyOutcome.pending(s)));
        flow.open(c);
        levels.keep(c);
        store.insert(c);
    }

    /** The applicant corrected a returned application: the case goes back where it was, the clock runs on. */
    @Transactional
    void resubmitted(UUID id, LocalDate today) {
        store.forSystem(id).filter(c -> c.state == CaseState.RETURNED).ifPresent(c -> {
            flow.resume(c, today);
            levels.keep(c); // the corrected application's certificate
            save(c, "resume");
        });
    }

    /** The applicant withdrew: the case closes. */
    @Transactional
    void withdrawn(UUID id, LocalDate today) {
        store.forSystem(id).filter(c -> c.state.open()).ifPresent(c -> {
            store.endStep(c, today, null, "WITHDRAWN");
            c.close(CaseState.WITHDRAWN, today, deadlines.days());
            save(c, "withdraw");
        });
    }

    /** A returned case past its correction due date lapses; false when it no longer qualifies. */
    @Transactional
    boolean lapse(UUID id, LocalDate today) {
        return store.forSystem(id)
                .filter(c -> c.state == CaseState.RETURNED && c.dueDate.isBefore(today))
                .map(c -> {
                    Act act = Act.system(c);
                    store.endStep(c, today, null, "LAPSED");
                    c.close(CaseState.LAPSED, today, deadlines.days());
                    progress.lapsed(applicationId(c));
                    journal.record(
                            act,
                            c,
                            "APPLICATION_LAPSED",
                            CaseState.RETURNED.name(),
                            null,
                            new ApplicationLapsed(journal.envelope(c, act), c.applicationId));
                    save(c, "lapse");
                    return true;
                })
                .orElse(false);
    }

    // Common

    private ReviewCase forAct(Reviewer reviewer, UUID id, long expectedVersion, String act, CaseState... states) {
        return forAct(reviewer, id, expectedVersion, act, null, states);
    }

    /** The case, locked; refused when unknown here, stale, in another state (or step), or another office's act. */
    private ReviewCase forAct(
            Reviewer reviewer, UUID id, long expectedVersion, String act, ReviewStep step, CaseState... states) {
        ReviewCase c = store.forAct(id, reviewer.jurisdiction()).orElseThrow(() -> new CaseNotFoundException(id));
        if (c.version != expectedVersion) {
            throw CaseConflictException.stale(act, c.summary());
        }
        c.require(act, states);
        if (step != null && c.currentStep().step() != step) {
            throw CaseConflictException.wrongState(act, c.summary());
        }
        ReviewOffice office = c.office;
        if (reviewer.office() != office) {
            throw new NotYourActException(act, office);
        }
        return c;
    }

    /** Saves the case (intake reads where the application is expected next from it: {@link ExpectedStages}). */
    private CaseSummary save(ReviewCase c, String act) {
        if (!store.save(c)) {
            throw CaseConflictException.stale(act, c.summary());
        }
        return c.savedSummary();
    }

    private static ApplicationId applicationId(ReviewCase c) {
        return new ApplicationId(c.applicationId);
    }
}
