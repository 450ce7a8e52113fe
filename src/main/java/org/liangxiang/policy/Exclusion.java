package org.liangxiang.policy;

/**
 * A benefit whose receipt excludes a subsidy. The national exclusions (国发〔2015〕52号) are in every region's list;
 * regions may add to them.
 */
public enum Exclusion {
    /** 特困人员救助供养: excludes both subsidies nationally. */
    EXTREME_POVERTY_SUPPORT,
    /** 工伤保险生活护理费: excludes both subsidies nationally. */
    WORK_INJURY_CARE_ALLOWANCE,
    /** 孤儿、事实无人抚养儿童基本生活保障: excludes the living subsidy nationally. */
    ORPHAN_GUARANTEE,
    /** 因公致残一至四级 (a regional addition). */
    WORK_RELATED_DISABILITY_LEVELS_1_TO_4,
    /** 离休干部护理费 (a regional addition). */
    RETIRED_CADRE_CARE_ALLOWANCE
}
