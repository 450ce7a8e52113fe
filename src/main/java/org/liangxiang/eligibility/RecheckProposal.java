package org.liangxiang.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.liangxiang.shared.Subsidy;

/** A proposal from a re-check, as the county sees it (the resident id masked). */
public record RecheckProposal(
        UUID id,
        UUID runId,
        String beneficiaryId,
        String residentMasked,
        Subsidy subsidy,
        ProposalKind kind,
        ReasonCode reason,
        LocalDate effectiveMonth,
        String townshipCode,
        ProposalStatus status,
        String decidedBy,
        Instant decidedAt,
        String decisionReason,
        Instant createdAt) {}
