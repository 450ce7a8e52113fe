package org.liangxiang.eligibility;

import java.util.Optional;
import org.liangxiang.shared.Subsidy;

/**
 * What a re-check proposes for a beneficiary and subsidy, each from one rule's failure (dynamic management in
 * ../shared/DOMAIN.md). Stops take effect from the month given; a flag asks the county to look. Stored by name.
 */
public enum ProposalKind {
    /** Death recorded: stop from the month after the death. */
    STOP_DECEASED(RuleId.NOT_DECEASED, ReasonCode.DECEASED, null),
    /** No qualifying status remains: stop the living subsidy from the following month. */
    STOP_NO_QUALIFYING_STATUS(RuleId.LIVING_NEEDS_QUALIFYING_STATUS, ReasonCode.NO_QUALIFYING_STATUS, Subsidy.LIVING),
    /** Entered 特困 support: stop (both subsidies). */
    STOP_EXTREME_POVERTY_SUPPORT(RuleId.NOT_IN_EXTREME_POVERTY_SUPPORT, ReasonCode.IN_EXTREME_POVERTY_SUPPORT, null),
    /** Receives the 工伤 care allowance: stop (both subsidies). */
    STOP_WORK_INJURY_CARE(RuleId.NOT_RECEIVING_WORK_INJURY_CARE, ReasonCode.RECEIVES_WORK_INJURY_CARE, null),
    /** Receives the orphan guarantee: stop the living subsidy. */
    STOP_ORPHAN_GUARANTEE(RuleId.NOT_RECEIVING_ORPHAN_GUARANTEE, ReasonCode.RECEIVES_ORPHAN_GUARANTEE, Subsidy.LIVING),
    /** The certificate expired: stop from the month after expiry. */
    STOP_CERTIFICATE_EXPIRED(RuleId.CERTIFICATE_VALID, ReasonCode.CERTIFICATE_EXPIRED, null),
    /** The same person is paid the same subsidy elsewhere: the county looks into it. */
    FLAG_PAID_ELSEWHERE(RuleId.NOT_PAID_ELSEWHERE, ReasonCode.ALREADY_RECEIVING, null);

    private final RuleId rule;
    private final ReasonCode reason;
    private final Subsidy only;

    ProposalKind(RuleId rule, ReasonCode reason, Subsidy only) {
        this.rule = rule;
        this.reason = reason;
        this.only = only;
    }

    public RuleId rule() {
        return rule;
    }

    public ReasonCode reason() {
        return reason;
    }

    /** The one subsidy this kind concerns, or empty for both. */
    public Optional<Subsidy> only() {
        return Optional.ofNullable(only);
    }

    public boolean stops() {
        return this != FLAG_PAID_ELSEWHERE;
    }
}
