package org.liangxiang.eligibility;

import java.time.LocalDate;
import java.util.UUID;
import org.liangxiang.shared.Subsidy;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/**
 * The county confirmed a re-check proposal: payment acts on it (a stop from {@code effectiveMonth}, or for a flag the
 * county's own follow-up). {@code beneficiaryId} is the Beneficiaries port's id.
 */
public record RecheckProposalConfirmed(
        EventEnvelope envelope,
        UUID proposalId,
        String beneficiaryId,
        Subsidy subsidy,
        ProposalKind kind,
        LocalDate effectiveMonth,
        String townshipCode)
        implements DomainEvent {}
