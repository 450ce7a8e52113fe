package org.liangxiang.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.liangxiang.shared.Subsidy;

/**
 * What review needs to know about an application (no personal data).
 *
 * @param number the human number, e.g. {@code LX4101022026000123}
 * @param receivingTownship 9-digit township code where it was handed in
 * @param homeTownship 9-digit township of the household registration, as given
 * @param submitterAccountId null for window, assisted and partner applications without an applicant account
 * @param staffAccountId who entered it at a window or as an assistant, else null
 * @param submittedAt null for a draft
 * @param submittedOn the China date of submission, null for a draft
 * @param submitterKind who submits for the person: the person themself or an agent (代办)
 * @param agentRelationship the agent's relationship to the person as the agent gave it, null for the person themself
 */
public record SubmittedApplication(
        ApplicationId id,
        String number,
        Channel channel,
        String receivingTownship,
        String homeTownship,
        Set<Subsidy> subsidies,
        UUID submitterAccountId,
        UUID staffAccountId,
        UUID payeeAccountId,
        Instant submittedAt,
        LocalDate submittedOn,
        ApplicationStatus status,
        SubmitterKind submitterKind,
        String agentRelationship) {}
