package org.liangxiang.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.liangxiang.shared.Subsidy;

/**
 * The eligibility evidence for one subsidy: every rule in force, its finding and the data it used. {@code summary} is
 * FAIL if any rule fails, else CANNOT_TELL if any cannot tell, else PASS: a pointer for the reviewer, never a decision.
 * {@code certificateNumberKnown}: whether the certificate number given is on the register for the person (null when
 * none was given). {@code policyReference} reproduces the policy used (policy.Policies#asOf).
 */
public record EvidenceReport(
        UUID id,
        UUID applicationId,
        Subsidy subsidy,
        String region,
        LocalDate checkedOn,
        String policyReference,
        Outcome summary,
        Boolean certificateNumberKnown,
        List<RuleResult> rules,
        Instant createdAt) {

    static Outcome summarise(List<RuleResult> rules) {
        if (rules.stream().anyMatch(r -> r.outcome() == Outcome.FAIL)) {
            return Outcome.FAIL;
        }
        return rules.stream().anyMatch(r -> r.outcome() == Outcome.CANNOT_TELL) ? Outcome.CANNOT_TELL : Outcome.PASS;
    }
}
