package org.liangxiang.eligibility;

import java.util.UUID;
import org.liangxiang.shared.event.DomainEvent;
import org.liangxiang.shared.event.EventEnvelope;

/** The county dismissed a re-check proposal (its reason is in the audit trail). */
public record RecheckProposalDismissed(EventEnvelope envelope, UUID proposalId, String beneficiaryId)
        implements DomainEvent {}
