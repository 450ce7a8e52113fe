package org.liangxiang.population;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.liangxiang.intake.ApplicationStatus;
import org.liangxiang.intake.Channel;
import org.liangxiang.policy.ReviewChainStep;
import org.liangxiang.policy.ReviewOffice;
import org.liangxiang.review.CaseState;
import org.liangxiang.review.Worklist;
import org.liangxiang.shared.Subsidy;

/**
 * One generated application with its review case, as the generator made it, before sealing: the rows of intake's and
 * review's tables it becomes (see {@link ApplicationTables}). A working object of the generator, filled in one go.
 */
final class SyntheticApplication {

    /** A pass of a chain step. */
    record Step(
            int position,
            ReviewChainStep step,
            String officeRegion,
            LocalDate startedOn,
            LocalDate dueDate,
            LocalDate completedOn,
            UUID completedBy,
            String outcome) {}

    /** The outcome of one requested subsidy; {@code outcome} is PENDING, APPROVED or REFUSED. */
    record Outcome(
            String outcome,
            String decidedAt,
            String refusalReason,
            Long monthlyAmountFen,
            LocalDate startMonth,
            String policyReference,
            LocalDate decidedOn,
            UUID decidedBy) {

        static final Outcome PENDING = new Outcome("PENDING", null, null, null, null, null, null, null);

        boolean decided() {
            return !"PENDING".equals(outcome);
        }
    }

    int ordinal;
    UUID id;
    UUID payeeId;
    String number;
    Applicant applicant;
    Channel channel;
    String receivingTownship;
    List<Subsidy> subsidies;
    String submitterKind;
    String agentRelationship;
    UUID submitterAccountId;
    UUID staffAccountId;
    String payeeHolder;
    String payeeName;
    String bankName;
    String accountNumber;
    String householdAddress;
    ApplicationStatus status;
    Instant createdAt;
    Instant updatedAt;
    Instant submittedAt;
    LocalDate submittedOn;
    Instant acceptedAt;
    int correctionRound;
    String correctionNote;
    LocalDate correctionDue;
    String correctionMaterial;

    String ownerTownship;
    CaseState state;
    Worklist worklist;
    ReviewOffice office;
    String officeRegion;
    Integer stepPosition;
    LocalDate clockStartedOn;
    int clockBudget;
    int clockUsed;
    LocalDate dueDate;
    List<Integer> dueProvisionalYears = List.of();
    Worklist resumeWorklist;
    LocalDate correctionStartedOn;
    Integer correctionDays;
    String correctionItemsJson;
    LocalDate noticeStartedOn;
    LocalDate noticeEndsOn;
    Integer noticeDays;
    String chainJson;
    Boolean chainPausesForNotice;
    String chainPolicy;
    LocalDate closedOn;
    Instant closedAt;

    final List<Step> steps = new ArrayList<>();
    final Map<Subsidy, Outcome> outcomes = new EnumMap<>(Subsidy.class);

    String homeTownship() {
        return applicant.township().code();
    }

    boolean open() {
        return state.open();
    }
}
