package org.liangxiang.eligibility;

import java.util.Arrays;
import java.util.Optional;

/** A social-assistance status (civil affairs' rosters). Stored by name; files may use the Chinese short names. */
public enum AssistanceKind {
    /** 低保: the core qualifying status for the living subsidy. */
    MINIMUM_LIVING_GUARANTEE("低保"),
    /** 低保边缘: qualifies where the region extends the living subsidy to it. */
    NEAR_POVERTY("低保边缘"),
    /** 低收入: qualifies where the region extends the living subsidy to it. */
    LOW_INCOME("低收入"),
    /** 特困人员救助供养: excludes both subsidies. */
    EXTREME_POVERTY_SUPPORT("特困");

    private final String shortNameZh;

    AssistanceKind(String shortNameZh) {
        this.shortNameZh = shortNameZh;
    }

    public String shortNameZh() {
        return shortNameZh;
    }

    static Optional<AssistanceKind> parse(String text) {
        return Arrays.stream(values())
                .filter(k -> k.name().equalsIgnoreCase(text) || k.shortNameZh.equals(text))
                .findFirst();
    }
}
