package org.liangxiang.policy;

import org.liangxiang.shared.Subsidy;

/**
 * An allowance of the same kind as a subsidy: a person who qualifies for both gets the higher of the two (择高). Each
 * competes with one subsidy.
 */
public enum SimilarAllowance {
    /** 老年人高龄津贴（生活类）. */
    OLD_AGE_ALLOWANCE(Subsidy.LIVING),
    /** 老年人护理补贴. */
    OLD_AGE_CARE_ALLOWANCE(Subsidy.CARE),
    /** 因公致残人员护理费. */
    WORK_RELATED_DISABILITY_CARE_ALLOWANCE(Subsidy.CARE),
    /** 离休干部生活补贴. */
    RETIRED_CADRE_LIVING_ALLOWANCE(Subsidy.LIVING),
    /** 离休干部护理费. */
    RETIRED_CADRE_CARE_ALLOWANCE(Subsidy.CARE);

    private final Subsidy competesWith;

    SimilarAllowance(Subsidy competesWith) {
        this.competesWith = competesWith;
    }

    /** The subsidy a person takes this allowance instead of, when it is the higher. */
    public Subsidy competesWith() {
        return competesWith;
    }
}
