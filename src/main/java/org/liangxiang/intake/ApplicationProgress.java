package org.liangxiang.intake;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.liangxiang.guide.MaterialType;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.database.GuardedWrite;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How review moves an application, called inside review's transaction. It audits nothing and publishes nothing
 * itself: review audits its acts (object type {@code APPLICATION}) and publishes its own events.
 */
@Service
public class ApplicationProgress {

    private final ApplicationAccess access;
    private final ApplicationStore store;
    private final OpenApplications open;
    private final Corrections corrections;
    private final IntakeMessages messages;

    ApplicationProgress(
            ApplicationAccess access,
            ApplicationStore store,
            OpenApplications open,
            Corrections corrections,
            IntakeMessages messages) {
        this.access = access;
        this.store = store;
        this.open = open;
        this.corrections = corrections;
        this.messages = messages;
    }

    /**
     * SUBMITTED -> IN_REVIEW; materials are frozen from now on. One guarded update; only when it changes nothing is the
     * application read, to refuse with its status (or as unknown).
     */
    @Transactional
    public void accepted(ApplicationId id) {
        store.run(acceptance(id));
    }

    /**
     * The same acceptance, as a part for the caller's statement ({@link GuardedWrite}: review's save of the case, one
     * round trip fewer); when it answers no row, {@link GuardedWrite#refusal()} reads the application and throws as
     * {@link #accepted} does. To be run in the caller's transaction.
     */
    public GuardedWrite acceptance(ApplicationId id) {
        return store.acceptance(id, () -> refuseAcceptance(id));
    }

    private void refuseAcceptance(ApplicationId id) {
        Application a = access.load(id);
        a.require("ACCEPT", ApplicationStatus.SUBMITTED);
        throw new ApplicationChangedException(id, a.status());
    }

    /**
     * SUBMITTED or IN_REVIEW -> RETURNED, naming what to correct (at least one item; every code known: a material type
     * or one of {@link CorrectableFields#PATHS}, else 400), with a note and the correction's due date.
     */
    @Transactional
    public void returned(ApplicationId id, List<CorrectionItem> items, String note, LocalDate correctionDue) {
        Application a = access.load(id);
        a.require("RETURN", EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.IN_REVIEW));
        Set<CorrectionItem> checked = check(items);
        int round = a.correctionRound() + 1;
        store.returned(a, round, note, correctionDue);
        corrections.open(id, round, checked);
    }

    /** SUBMITTED or RETURNED -> NOT_ACCEPTED; the person may apply again. */
    @Transactional
    public void notAccepted(ApplicationId id) {
        Application a = access.load(id);
        a.require("NOT_ACCEPT", EnumSet.of(ApplicationStatus.SUBMITTED, ApplicationStatus.RETURNED));
        store.status(a, ApplicationStatus.NOT_ACCEPTED);
        open.release(id);
    }

    /**
     * One requested subsidy approved or refused (IN_REVIEW only, once per subsidy); it no longer counts for the
     * one-open rule. When every requested subsidy is decided, the application is DECIDED.
     */
    @Transactional
    public void subsidyDecided(ApplicationId id, Subsidy subsidy, boolean approved) {
        subsidiesDecided(id, Map.of(subsidy, approved));
    }

    /**
     * Several requested subsidies approved (true) or refused (false) in one act, as {@link #subsidyDecided} for each:
     * the subsidies' rows closed and the application written by one statement that reads nothing before it.
     */
    @Transactional
    public void subsidiesDecided(ApplicationId id, Map<Subsidy, Boolean> outcomes) {
        store.run(decision(id, outcomes));
    }

    /**
     * The same record of a decision, as parts for the caller's statement ({@link GuardedWrite}: review's save of the
     * case, one round trip fewer); when it answers no row, {@link GuardedWrite#refusal()} reads the application and
     * throws as {@link #subsidiesDecided} does. To be run in the caller's transaction.
     */
    public GuardedWrite decision(ApplicationId id, Map<Subsidy, Boolean> outcomes) {
        store.forget(id);
        Map<Subsidy, Boolean> asked = Map.copyOf(outcomes);
        return open.decision(id, asked, () -> refuseDecision(id, asked.keySet()));
    }

    /** Why a decision was refused (nothing of it written), from the application and its open rows as they are. */
    private void refuseDecision(ApplicationId id, Set<Subsidy> asked) {
        Application a = store.reread(id);
        a.require("DECIDE", ApplicationStatus.IN_REVIEW);
        Set<Subsidy> inOrder = new TreeSet<>(asked);
        for (Subsidy subsidy : inOrder) {
            if (!a.subsidies().contains(subsidy)) {
                throw notOpen(a, subsidy);
            }
        }
        Set<Subsidy> openRows = open.openSubsidies(id);
        for (Subsidy subsidy : inOrder) {
            if (!openRows.contains(subsidy)) {
                throw notOpen(a, subsidy);
            }
        }
        throw new ApplicationChangedException(id, a.status());
    }

    private static ApplicationStateException notOpen(Application a, Subsidy subsidy) {
        return new ApplicationStateException("DECIDE_" + subsidy, a.status(), EnumSet.noneOf(ApplicationStatus.class));
    }

    /** RETURNED -> LAPSED (left uncorrected past the due date); the person may apply again. */
    @Transactional
    public void lapsed(ApplicationId id) {
        Application a = access.load(id);
        a.require("LAPSE", ApplicationStatus.RETURNED);
        store.status(a, ApplicationStatus.LAPSED);
        open.release(id);
    }

    private Set<CorrectionItem> check(List<CorrectionItem> items) {
        if (items == null || items.isEmpty()) {
            throw messages.invalid("items", "INTAKE_CORRECTION_ITEMS_REQUIRED");
        }
        Set<CorrectionItem> checked = new LinkedHashSet<>();
        for (CorrectionItem item : items) {
            boolean known = item.kind() == CorrectionItem.Kind.MATERIAL
                    ? isMaterialType(item.code())
                    : CorrectableFields.known(item.code());
            if (!known) {
                throw messages.invalid("items", "INTAKE_CORRECTION_ITEM_UNKNOWN", item.kind(), item.code());
            }
            checked.add(item);
        }
        return checked;
    }

    private static boolean isMaterialType(String code) {
        for (MaterialType type : MaterialType.values()) {
            if (type.name().equals(code)) {
                return true;
            }
        }
        return false;
    }
}
