package org.liangxiang.eligibility;

import java.util.List;
import java.util.Set;
import org.liangxiang.policy.Exclusion;
import org.liangxiang.shared.Subsidy;

/** The rules, each defined once (a per-person form and a set-based SQL form). Stored by name. */
public enum RuleId {
    /** A valid (second generation or later) certificate on the register, not expired before this month. */
    CERTIFICATE_VALID(Set.of(Subsidy.LIVING, Subsidy.CARE), List.of(ReferenceSource.CERTIFICATE)),
    /** Care: level 1 or 2; or level 3-4 intellectual/mental where the region extends it. */
    CARE_NEEDS_SEVERE_DISABILITY(Set.of(Subsidy.CARE), List.of(ReferenceSource.CERTIFICATE)),
    /** Living: 低保, or an extension status the region has switched on. */
    LIVING_NEEDS_QUALIFYING_STATUS(Set.of(Subsidy.LIVING), List.of(ReferenceSource.ASSISTANCE_STATUS)),
    NOT_DECEASED(Set.of(Subsidy.LIVING, Subsidy.CARE), List.of(ReferenceSource.DEATH)),
    NOT_IN_EXTREME_POVERTY_SUPPORT(Set.of(Subsidy.LIVING, Subsidy.CARE), List.of(ReferenceSource.ASSISTANCE_STATUS)),
    NOT_RECEIVING_WORK_INJURY_CARE(Set.of(Subsidy.LIVING, Subsidy.CARE), List.of(ReferenceSource.WORK_INJURY_CARE)),
    NOT_RECEIVING_ORPHAN_GUARANTEE(Set.of(Subsidy.LIVING, Subsidy.CARE), List.of(ReferenceSource.ORPHAN_GUARANTEE)),
    NOT_WORK_RELATED_DISABILITY(Set.of(Subsidy.LIVING, Subsidy.CARE), List.of(ReferenceSource.SIMILAR_ALLOWANCE)),
    NOT_RECEIVING_RETIRED_CADRE_CARE(Set.of(Subsidy.LIVING, Subsidy.CARE), List.of(ReferenceSource.SIMILAR_ALLOWANCE)),
    /** Not paid the same subsidy by another county or province. */
    NOT_PAID_ELSEWHERE(Set.of(Subsidy.LIVING, Subsidy.CARE), List.of(ReferenceSource.BENEFICIARY_ELSEWHERE)),
    /** No application for the same subsidy open in another county's or province's system. */
    NO_OPEN_APPLICATION_ELSEWHERE(
            Set.of(Subsidy.LIVING, Subsidy.CARE), List.of(ReferenceSource.OPEN_APPLICATION_ELSEWHERE)),
    /** Not already a beneficiary of the subsidy here (for applications and discovery). */
    NOT_ALREADY_RECEIVING(Set.of(Subsidy.LIVING, Subsidy.CARE), List.of(ReferenceSource.BENEFICIARY)),
    /** 择高: no similar allowance at least as high as the subsidy. */
    HIGHER_OF_SIMILAR_ALLOWANCE(
            Set.of(Subsidy.LIVING, Subsidy.CARE),
            List.of(ReferenceSource.SIMILAR_ALLOWANCE, ReferenceSource.CERTIFICATE));

    private final Set<Subsidy> subsidies;
    private final List<ReferenceSource> sources;

    RuleId(Set<Subsidy> subsidies, List<ReferenceSource> sources) {
        this.subsidies = subsidies;
        this.sources = sources;
    }

    /** The sources the rule reads: a report shows their facts and when they were loaded. */
    public List<ReferenceSource> sources() {
        return sources;
    }

    public Set<Subsidy> subsidies() {
        return subsidies;
    }

    static RuleId forExclusion(Exclusion exclusion) {
        return switch (exclusion) {
            case EXTREME_POVERTY_SUPPORT -> NOT_IN_EXTREME_POVERTY_SUPPORT;
            case WORK_INJURY_CARE_ALLOWANCE -> NOT_RECEIVING_WORK_INJURY_CARE;
            case ORPHAN_GUARANTEE -> NOT_RECEIVING_ORPHAN_GUARANTEE;
            case WORK_RELATED_DISABILITY_LEVELS_1_TO_4 -> NOT_WORK_RELATED_DISABILITY;
            case RETIRED_CADRE_CARE_ALLOWANCE -> NOT_RECEIVING_RETIRED_CADRE_CARE;
        };
    }
}
