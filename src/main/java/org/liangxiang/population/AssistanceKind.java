package org.liangxiang.population;

/** Social-assistance statuses a household may hold (see docs/glossary.md). Stored by name. */
enum AssistanceKind {
    /** 低保: the core qualifying status for the living subsidy. */
    MINIMUM_LIVING_GUARANTEE,
    /** 低保边缘: an optional living-subsidy extension. */
    NEAR_POVERTY,
    /** 低收入: an optional living-subsidy extension. */
    LOW_INCOME,
    /** 特困人员救助供养: excludes both subsidies. */
    EXTREME_POVERTY_SUPPORT
}
