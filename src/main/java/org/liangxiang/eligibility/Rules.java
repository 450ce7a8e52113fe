package org.liangxiang.eligibility;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.liangxiang.policy.Exclusion;
import org.liangxiang.policy.PolicyInForce;
import org.liangxiang.shared.Subsidy;
import org.springframework.stereotype.Service;

/**
 * Every eligibility rule, in the order a report lists them. {@link #check} is the per-person form; {@link
 * SetBasedRules} runs the same rules' SQL form over a table of subjects. A rule not in force for the subsidy in the
 * region (an exclusion the region does not list, 择高 with no similar allowance listed) is left out of both.
 */
@Service
public class Rules {

    static final List<EligibilityRule> ALL = all();

    private static List<EligibilityRule> all() {
        List<EligibilityRule> rules = new ArrayList<>();
        rules.add(new CertificateValid());
        rules.add(new CareNeedsSevereDisability());
        rules.add(new LivingNeedsQualifyingStatus());
        rules.add(new NotDeceased());
        for (Exclusion exclusion : Exclusion.values()) {
            rules.add(NoActiveFact.exclusion(exclusion));
        }
        rules.add(NoActiveFact.paidElsewhere());
        rules.add(NoActiveFact.openApplicationElsewhere());
        rules.add(NoActiveFact.alreadyReceiving());
        rules.add(new HigherOfSimilarAllowance());
        return List.copyOf(rules);
    }

    /** The findings of every rule in force for the subsidy, for one person on a date. */
    public List<Finding> check(Subsidy subsidy, PersonFacts person, PolicyInForce policy, LocalDate on) {
        return ALL.stream()
                .filter(r -> r.id().subsidies().contains(subsidy) && r.appliesTo(subsidy, policy))
                .map(r -> r.check(subsidy, person, policy, on))
                .toList();
    }
}
