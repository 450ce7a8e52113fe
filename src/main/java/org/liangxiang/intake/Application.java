package org.liangxiang.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.liangxiang.guide.Situation;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.event.EventEnvelope;

/** The application aggregate without its personal data (which stays sealed until a reader opens it). */
record Application(
        ApplicationId id,
        String number,
        ApplicationStatus status,
        Channel channel,
        String partner,
        String receivingTownship,
        String homeTownship,
        Set<Subsidy> subsidies,
        SubmitterKind submitterKind,
        String agentRelationship,
        UUID submitterAccountId,
        UUID staffAccountId,
        byte[] residentIdIndex,
        boolean underGuardianship,
        UUID payeeAccountId,
        int correctionRound,
        String correctionNote,
        LocalDate correctionDue,
        Instant acceptedAt,
        Instant submittedAt,
        LocalDate submittedOn,
        long version) {

    /** The row as the submission's update leaves it (SUBMITTED at the time and date set, the version after it). */
    Application submitted(Instant at, LocalDate on, long newVersion) {
        return new Application(
                id,
                number,
                ApplicationStatus.SUBMITTED,
                channel,
                partner,
                receivingTownship,
                homeTownship,
                subsidies,
                submitterKind,
                agentRelationship,
                submitterAccountId,
                staffAccountId,
                residentIdIndex,
                underGuardianship,
                payeeAccountId,
                correctionRound,
                correctionNote,
                correctionDue,
                acceptedAt,
                at,
                on,
                newVersion);
    }

    /** Refuses the act unless the status is one of those allowed. */
    void require(String act, Set<ApplicationStatus> allowed) {
        if (!allowed.contains(status)) {
            throw new ApplicationStateException(act, status, allowed);
        }
    }

    void require(String act, ApplicationStatus allowed) {
        require(act, EnumSet.of(allowed));
    }

    /** The situations that change the required materials. */
    Set<Situation> situations(PayeeHolder payeeHolder) {
        Set<Situation> situations = EnumSet.noneOf(Situation.class);
        if (submitterKind.agent()) {
            situations.add(Situation.AGENT_APPLYING);
        }
        if (payeeHolder == PayeeHolder.GUARDIAN) {
            situations.add(Situation.GUARDIAN_ACCOUNT);
        }
        return situations;
    }

    /** Where resubmission leads: back to review when the return came after acceptance, else to acceptance. */
    ApplicationStatus afterResubmission() {
        return acceptedAt == null ? ApplicationStatus.SUBMITTED : ApplicationStatus.IN_REVIEW;
    }

    EventEnvelope envelope(Actor actor) {
        return EventEnvelope.forApplication(
                id.value(), receivingTownship, homeTownship, channel.name(), actor.auditId());
    }

    SubmittedApplication view() {
        return new SubmittedApplication(
                id,
                number,
                channel,
                receivingTownship,
                homeTownship,
                Set.copyOf(subsidies),
                submitterAccountId,
                staffAccountId,
                payeeAccountId,
                submittedAt,
                submittedOn,
                status,
                submitterKind,
                agentRelationship);
    }
}
